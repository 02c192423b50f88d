package cn.legalaidhub.console.users;

import cn.legalaidhub.contract.StaffRole;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 用户管理: an agency's administrator manages the accounts of that agency, and only of it. */
@Controller
class UserAdminController {

    private final ConsoleUsers users;
    private final PasswordEncoder encoder;

    UserAdminController(ConsoleUsers users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    @GetMapping("/console/admin/users")
    String list(@AuthenticationPrincipal ConsoleUser me, Model model) {
        model.addAttribute("users", users.ofAgency(me.agencyId()));
        model.addAttribute("roles", StaffRole.values());
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        return "console/users";
    }

    @PostMapping("/console/admin/users")
    String create(@AuthenticationPrincipal ConsoleUser me, @RequestParam String username, @RequestParam String displayName,
            @RequestParam String role, @RequestParam String password, RedirectAttributes redirect) {
        List<String> problems = new ArrayList<>();
        String name = username.trim().toLowerCase();
        if (!BootstrapUsers.USERNAME.matcher(name).matches()) {
            problems.add("用户名须为3–64位小写字母、数字或 . _ -");
        } else if (users.exists(name)) {
            problems.add("用户名 " + name + " 已被使用");
        }
        if (displayName.isBlank() || displayName.length() > 100) {
            problems.add("请填写姓名（100字以内）");
        }
        StaffRole staffRole = parseRole(role);
        if (staffRole == null) {
            problems.add("请选择角色");
        }
        problems.addAll(Passwords.problems(password));
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("problems", problems);
            redirect.addFlashAttribute("newUser", java.util.Map.of("username", username, "displayName", displayName, "role", role));
            return "redirect:/console/admin/users";
        }
        users.create(name, me.agencyId(), staffRole, displayName.trim(), encoder.encode(password), me.username());
        redirect.addFlashAttribute("actionMessage", "已创建用户 " + name);
        return "redirect:/console/admin/users";
    }

    @PostMapping("/console/admin/users/{username}")
    String change(@AuthenticationPrincipal ConsoleUser me, @PathVariable String username, @RequestParam String action,
            @RequestParam(required = false) String role, @RequestParam(required = false) String password,
            RedirectAttributes redirect) {
        ConsoleUser user = users.find(username).filter(u -> u.agencyId().equals(me.agencyId())).orElse(null);
        if (user == null) {
            redirect.addFlashAttribute("problems", List.of("本机构没有用户 " + username));
            return "redirect:/console/admin/users";
        }
        if (user.username().equals(me.username()) && !"password".equals(action)) {
            redirect.addFlashAttribute("problems", List.of("不能停用或更改自己的角色"));
            return "redirect:/console/admin/users";
        }
        switch (action) {
            case "disable" -> users.setEnabled(username, false);
            case "enable" -> users.setEnabled(username, true);
            case "role" -> {
                StaffRole staffRole = parseRole(role);
                if (staffRole != null) {
                    users.setRole(username, staffRole);
                }
            }
            case "password" -> {
                List<String> problems = Passwords.problems(password);
                if (!problems.isEmpty()) {
                    redirect.addFlashAttribute("problems", problems);
                    return "redirect:/console/admin/users";
                }
                users.setPassword(username, encoder.encode(password));
            }
            default -> {
                redirect.addFlashAttribute("problems", List.of("未知操作"));
                return "redirect:/console/admin/users";
            }
        }
        redirect.addFlashAttribute("actionMessage", "已更新用户 " + username);
        return "redirect:/console/admin/users";
    }

    private static StaffRole parseRole(String role) {
        try {
            return role == null ? null : StaffRole.valueOf(role);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
