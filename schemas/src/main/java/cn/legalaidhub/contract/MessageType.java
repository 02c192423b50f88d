package cn.legalaidhub.contract;

/** Type of the message an envelope carries 消息类型, naming the schema and record of its payload. */
public enum MessageType implements LabelledCode {
    REFERRAL("转介", ContractSchemas.REFERRAL, Referral.class),
    STATUS_EVENT("状态事件", ContractSchemas.STATUS_EVENT, StatusEvent.class),
    RECEIPT("回执", ContractSchemas.RECEIPT, Receipt.class),
    MEETING_NOTICE("联席会议通知", ContractSchemas.MEETING_NOTICE, MeetingNotice.class),
    BULLETIN("工作信息通报", ContractSchemas.BULLETIN, Bulletin.class),
    INTAKE_RECORD("工作站受理记录", ContractSchemas.INTAKE_RECORD, IntakeRecord.class),
    NOTICE("提醒/催办/督办通知", ContractSchemas.NOTICE, Notice.class);

    private final String label;
    private final String schemaName;
    private final Class<?> payloadType;

    MessageType(String label, String schemaName, Class<?> payloadType) {
        this.label = label;
        this.schemaName = schemaName;
        this.payloadType = payloadType;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * The schema of the payload, for {@link ContractSchemas#validate}. A STATUS_EVENT payload as the hub
     * delivers it also carries the hub's fields (referralId, sourceRef, status, statusLabel, agency).
     */
    public String schemaName() {
        return schemaName;
    }

    /** The record the payload binds to. */
    public Class<?> payloadType() {
        return payloadType;
    }
}
