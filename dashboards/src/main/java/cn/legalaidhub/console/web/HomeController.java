package cn.legalaidhub.console.web;

import cn.legalaidhub.console.users.ConsoleUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Sign-in page, and each role's first page after it. */
@Controller
class HomeController {

    @GetMapping("/console/login")
    String login() {
        return "console/login";
    }

    @GetMapping({"/console", "/console/"})
    String home(@AuthenticationPrincipal ConsoleUser me) {
        return switch (me.role()) {
            case WORKSTATION_STAFF, REVIEWER -> "redirect:/console/inbox";
            case COORDINATOR -> "redirect:/console/search";
            case SUPERVISOR -> "redirect:/console/statistics";
            case ADMINISTRATOR -> "redirect:/console/admin/users";
        };
    }
}
