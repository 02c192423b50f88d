package cn.legalaidhub.adapters.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** File names from workstations, and where the hub's answers about referral fields point in the template. */
class BatchNamesTest {

    @Test
    void temporaryUploadNamesAreNeverTaken() {
        assertThat(BatchInbox.isTemporary(".受理记录.csv")).isTrue();
        assertThat(BatchInbox.isTemporary("受理记录.csv.filepart")).isTrue();
        assertThat(BatchInbox.isTemporary("受理记录.csv.PART")).isTrue();
        assertThat(BatchInbox.isTemporary("~$受理记录.xlsx")).isTrue();
        assertThat(BatchInbox.isTemporary("受理记录.csv")).isFalse();
    }

    @Test
    void uploadedNamesKeepOnlyTheirLastSegmentAndSafeCharacters() {
        assertThat(BatchInbox.safeFileName("C:\\Users\\商会\\受理记录.xlsx")).isEqualTo("受理记录.xlsx");
        assertThat(BatchInbox.safeFileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(BatchInbox.safeFileName("..hidden.csv")).isEqualTo("hidden.csv");
        assertThat(BatchInbox.safeFileName("a:b*c?.csv")).isEqualTo("a_b_c_.csv");
        assertThat(BatchInbox.safeFileName("")).isEqualTo("upload");
    }

    @Test
    void theHubsPointersLeadBackToTemplateColumns() {
        assertThat(IntakeReferralMapping.columnOf("/applicant/idNumber")).isEqualTo("applicantIdNumber");
        assertThat(IntakeReferralMapping.columnOf("/applicant/birthDate")).isEqualTo("applicantIdNumber");
        assertThat(IntakeReferralMapping.columnOf("/opposingParty/creditCode")).isEqualTo("employerCreditCode");
        assertThat(IntakeReferralMapping.columnOf("/documents/2/item")).isEqualTo("documentsProvided");
        assertThat(IntakeReferralMapping.columnOf("/agent")).isEqualTo("applicantGroup");
        assertThat(IntakeReferralMapping.columnOf("/consentx")).isNull();
    }

    @Test
    void resultFilesAreNamedAfterTheBatchAndTheFile() {
        var batch = new BatchLedger.Batch("B20261124-ABCDEFGH", "commerce-330300", "受理记录.v2.xlsx", BatchFormat.XLSX,
                BatchLedger.Channel.SFTP, 1, "x", BatchLedger.Status.DONE, 0, 0, 0, 0, null, null, null, null, null);
        assertThat(BatchProcessor.resultFileName(batch)).isEqualTo("B20261124-ABCDEFGH_受理记录.v2.result.xlsx");
    }
}
