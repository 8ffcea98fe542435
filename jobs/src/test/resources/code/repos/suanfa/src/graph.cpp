#include <queue>
#include <vector>

// 广度优先搜索：返回从起点到各点的最短边数，不可达为 -1。
std::vector<int> bfs(const std::vector<std::vector<int>>& adj, int start) {
    std::vector<int> dist(adj.size(), -1);
    std::queue<int> q;
    dist[start] = 0;
    q.push(start);
    while (!q.empty()) {
        int u = q.front();
        q.pop();
        for (int v : adj[u]) {
            if (dist[v] < 0) {  /* 第一次到达 */
                dist[v] = dist[u] + 1;
                q.push(v);
            }
        }
    }
    return dist;
}
