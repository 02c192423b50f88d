package cn.legalaidhub.console.web;

import cn.legalaidhub.console.hub.Agencies;
import cn.legalaidhub.console.users.ConsoleUser;
import cn.legalaidhub.contract.StaffRole;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page shows around its content: who is signed in, for which agency, and the menu of the role. */
@ControllerAdvice(basePackages = "cn.legalaidhub.console")
class ConsoleModel {

    record NavItem(String href, String messageKey, String key) {
    }

    private final Agencies agencies;

    ConsoleModel(Agencies agencies) {
        this.agencies = agencies;
    }

    @ModelAttribute("me")
    ConsoleUser me() {
        return current();
    }

    @ModelAttribute("path")
    String path(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("myAgency")
    Agencies.Entry myAgency() {
        ConsoleUser me = current();
        return me == null ? null : agencies.byId(me.agencyId()).orElse(null);
    }

    @ModelAttribute("nav")
    List<NavItem> nav() {
        ConsoleUser me = current();
        List<NavItem> items = new ArrayList<>();
        if (me == null) {
            return items;
        }
        if (me.is(StaffRole.WORKSTATION_STAFF, StaffRole.REVIEWER, StaffRole.COORDINATOR, StaffRole.SUPERVISOR)) {
            items.add(new NavItem("/console/inbox", "nav.inbox", "1"));
        }
        if (me.is(StaffRole.WORKSTATION_STAFF, StaffRole.REVIEWER)) {
            items.add(new NavItem("/console/referrals/new", "nav.new", "2"));
        }
        if (me.is(StaffRole.WORKSTATION_STAFF) && agencies.byId(me.agencyId()).filter(a -> "commerce".equals(a.kind())).isPresent()) {
            items.add(new NavItem("/console/batches", "nav.batches", "6"));
        }
        if (me.is(StaffRole.COORDINATOR, StaffRole.SUPERVISOR, StaffRole.REVIEWER)) {
            items.add(new NavItem("/console/search", "nav.search", "3"));
        }
        if (me.is(StaffRole.SUPERVISOR, StaffRole.COORDINATOR)) {
            items.add(new NavItem("/console/statistics", "nav.statistics", "4"));
        }
        if (me.is(StaffRole.WORKSTATION_STAFF, StaffRole.REVIEWER, StaffRole.COORDINATOR, StaffRole.SUPERVISOR)) {
            items.add(new NavItem("/console/notices", "nav.notices", "7"));
        }
        if (me.is(StaffRole.WORKSTATION_STAFF, StaffRole.REVIEWER, StaffRole.COORDINATOR, StaffRole.SUPERVISOR)) {
            items.add(new NavItem("/console/warnings", "nav.warnings", "8"));
            items.add(new NavItem("/console/campaigns", "nav.campaigns", "0"));
        }
        if (me.is(StaffRole.SUPERVISOR, StaffRole.COORDINATOR)) {
            items.add(new NavItem("/console/reports", "nav.reports", "r"));
        }
        if (me.is(StaffRole.WORKSTATION_STAFF, StaffRole.REVIEWER, StaffRole.COORDINATOR, StaffRole.SUPERVISOR)) {
            items.add(new NavItem("/console/typical-cases", "nav.typicalCases", "t"));
        }
        if (me.is(StaffRole.ADMINISTRATOR)) {
            items.add(new NavItem("/console/admin/users", "nav.users", "5"));
        }
        return items;
    }

    static ConsoleUser current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof ConsoleUser user ? user : null;
    }
}
