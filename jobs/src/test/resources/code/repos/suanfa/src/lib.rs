//! 计数工具。

/// 统计字符串中汉字的个数。
pub fn count_han(text: &str) -> usize {
    text.chars().filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c)).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts() {
        assert_eq!(count_han("abc汉字"), 2);
    }
}
