package cn.legalaidhub.roster;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The three-party liaison roster (三方专人联系) as written in the agency registry file under
 * {@code hub.roster}; checked by {@link Roster} at start-up.
 */
@ConfigurationProperties("hub")
public class RosterProperties {

    private List<RegionEntry> roster = new ArrayList<>();

    public List<RegionEntry> getRoster() { return roster; }
    public void setRoster(List<RegionEntry> roster) { this.roster = roster; }

    public static class RegionEntry {
        private String region;
        private List<SideEntry> sides = new ArrayList<>();

        public String getRegion() { return region; }
        public void setRegion(String region) { this.region = region; }
        public List<SideEntry> getSides() { return sides; }
        public void setSides(List<SideEntry> sides) { this.sides = sides; }
    }

    public static class SideEntry {
        private String side;
        private String agency;
        private List<PersonEntry> liaisons = new ArrayList<>();
        private List<PersonEntry> backups = new ArrayList<>();

        public String getSide() { return side; }
        public void setSide(String side) { this.side = side; }
        public String getAgency() { return agency; }
        public void setAgency(String agency) { this.agency = agency; }
        public List<PersonEntry> getLiaisons() { return liaisons; }
        public void setLiaisons(List<PersonEntry> liaisons) { this.liaisons = liaisons; }
        public List<PersonEntry> getBackups() { return backups; }
        public void setBackups(List<PersonEntry> backups) { this.backups = backups; }
    }

    public static class PersonEntry {
        private String name;
        private String role;
        private String phone;
        private List<String> duty = new ArrayList<>();
        private List<String> off = new ArrayList<>();

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getRole() { return role; }
        public void setRole(String role) { this.role = role; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
        public List<String> getDuty() { return duty; }
        public void setDuty(List<String> duty) { this.duty = duty; }
        public List<String> getOff() { return off; }
        public void setOff(List<String> off) { this.off = off; }
    }
}
