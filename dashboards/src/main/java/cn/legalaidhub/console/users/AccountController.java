package cn.legalaidhub.console.users;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 修改密码: every user changes their own password, knowing the current one. */
@Controller
class AccountController {

    private final ConsoleUsers users;
    private final PasswordEncoder encoder;

    AccountController(ConsoleUsers users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    @GetMapping("/console/account/password")
    String form(Model model) {
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        return "console/password";
    }

    @PostMapping("/console/account/password")
    String change(@AuthenticationPrincipal ConsoleUser me, @RequestParam String current, @RequestParam String password,
            @RequestParam String repeat, RedirectAttributes redirect) {
        List<String> problems = new ArrayList<>();
        ConsoleUser stored = users.find(me.username()).orElseThrow();
        if (!encoder.matches(current, stored.passwordHash())) {
            problems.add("当前密码不正确");
        }
        problems.addAll(Passwords.problems(password));
        if (!password.equals(repeat)) {
            problems.add("两次输入的新密码不一致");
        }
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("problems", problems);
            return "redirect:/console/account/password";
        }
        users.setPassword(me.username(), encoder.encode(password));
        redirect.addFlashAttribute("actionMessage", "密码已修改");
        return "redirect:/console/account/password";
    }
}
