"""排序算法。

本模块实现归并排序，输入为任意可比较元素的列表。
"""


def merge_sort(items):
    """返回排好序的新列表，不修改原列表。"""
    if len(items) <= 1:
        return list(items)
    mid = len(items) // 2
    # 分别排序左右两半
    left = merge_sort(items[:mid])
    right = merge_sort(items[mid:])
    return _merge(left, right)


def _merge(left, right):
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        # 相等时取左边，保证稳定
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out
