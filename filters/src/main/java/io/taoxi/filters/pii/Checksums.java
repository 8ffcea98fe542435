package io.taoxi.filters.pii;

/** Operator helpers: check digits and dates of the identifiers the detectors validate. Pure functions. */
public final class Checksums {
    private static final int[] CN_ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CN_ID_CHECK = "10X98765432";
    private static final int[] KR_RRN_WEIGHTS = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};

    private Checksums() {
    }

    /** Luhn (mod 10) over a string of digits, check digit last. */
    public static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /** ISO 7064 MOD 11-2 check character of the first 17 digits of a mainland resident ID. */
    public static char cnIdCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * CN_ID_WEIGHTS[i];
        }
        return CN_ID_CHECK.charAt(sum % 11);
    }

    /** Check digit of a Korean resident registration number (13 digits, pre-October-2020 scheme). */
    public static int krRrnCheck(String first12) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (first12.charAt(i) - '0') * KR_RRN_WEIGHTS[i];
        }
        return (11 - sum % 11) % 10;
    }

    /** Check digit of a Japanese My Number (individual number, 12 digits) from its first 11 digits. */
    public static int myNumberCheck(String first11) {
        int sum = 0;
        for (int n = 1; n <= 11; n++) {
            int p = first11.charAt(11 - n) - '0';
            int q = n <= 6 ? n + 1 : n - 5;
            sum += p * q;
        }
        int remainder = sum % 11;
        return remainder <= 1 ? 0 : 11 - remainder;
    }

    /** Whether year/month/day is a calendar date (proleptic Gregorian). */
    public static boolean validDate(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        int[] days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        int max = month == 2 && leap ? 29 : days[month - 1];
        return day <= max;
    }
}
