package cn.legalaidhub.contract;

/**
 * Role of a staff member signed in to the hub's web console 人员角色, as passed in {@link HubExchange#CALLING_USER_ROLE}. Case handlers of a party agency
 * see the applicant's personal data in full; every other role sees it masked (DOMAIN.md "Privacy").
 */
public enum StaffRole implements LabelledCode {
    WORKSTATION_STAFF("工作站人员"),
    REVIEWER("法律援助审查人员"),
    COORDINATOR("协调员"),
    SUPERVISOR("监督管理人员"),
    ADMINISTRATOR("系统管理员");

    private final String label;

    StaffRole(String label) {
        this.label = label;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether this role may see ID numbers, phone numbers and protected persons' names unmasked. */
    public boolean seesPersonalData() {
        return this == WORKSTATION_STAFF || this == REVIEWER;
    }
}
