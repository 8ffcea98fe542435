package suanfa;

/**
 * 简单的矩阵乘法。
 * 只支持方阵，用于教学演示。
 */
public final class Matrix {
    private Matrix() {
    }

    /** 计算 a 与 b 的乘积。 */
    public static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                for (int j = 0; j < n; j++) {
                    c[i][j] += a[i][k] * b[k][j]; // 内层循环按行访问，缓存友好
                }
            }
        }
        return c;
    }
}
