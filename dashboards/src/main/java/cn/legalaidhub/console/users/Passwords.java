package cn.legalaidhub.console.users;

import java.util.ArrayList;
import java.util.List;

/** The console's password rule: at least 10 characters, with letters and digits. */
final class Passwords {

    private Passwords() {
    }

    static List<String> problems(String password) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < 10) {
            problems.add("密码至少10位");
        }
        if (password == null || !password.matches(".*[A-Za-z].*") || !password.matches(".*\\d.*")) {
            problems.add("密码须同时包含字母和数字");
        }
        if (password != null && password.length() > 72) {
            problems.add("密码不超过72位");
        }
        return problems;
    }
}
