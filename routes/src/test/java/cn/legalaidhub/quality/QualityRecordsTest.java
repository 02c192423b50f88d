package cn.legalaidhub.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.legalaidhub.web.InvalidInputException;
import cn.legalaidhub.web.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QualityRecordsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void satisfactionIsAScoreOrALevel() throws Exception {
        var five = QualityRecords.validate(QualityKind.RETURN_VISIT, json("{\"satisfaction\":4}"), TODAY);
        assertThat(five.satisfaction()).isEqualTo(4);
        assertThat(five.grade()).isEqualTo("SATISFIED");
        assertThat(five.date()).isEqualTo(TODAY);
        var basic = QualityRecords.validate(QualityKind.RETURN_VISIT, json("{\"satisfaction\":\"基本满意\",\"method\":\"上门\"}"), TODAY);
        assertThat(basic.satisfaction()).isEqualTo(3);
        assertThat(basic.grade()).isEqualTo("BASICALLY_SATISFIED");
        assertThat(basic.method()).isEqualTo("VISIT");
        assertThat(QualityRecords.validate(QualityKind.RETURN_VISIT, json("{\"satisfaction\":2}"), TODAY).grade()).isEqualTo("DISSATISFIED");
    }

    @Test
    void aPeerReviewNeedsScoreReviewerAndGrade() throws Exception {
        var ok = QualityRecords.validate(QualityKind.PEER_REVIEW, json("{\"score\":92.5,\"reviewer\":\"陈律师\",\"grade\":\"EXCELLENT\"}"), TODAY);
        assertThat(ok.score()).isEqualByComparingTo(new BigDecimal("92.5"));
        assertThatThrownBy(() -> QualityRecords.validate(QualityKind.PEER_REVIEW, json("{\"score\":-1,\"reviewer\":7,\"grade\":\"A+\"}"), TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(Problem.FieldError::pointer)
                        .containsExactlyInAnyOrder("/score", "/reviewer", "/grade"));
    }

    @Test
    void aHearingNeedsItsDateNotInTheFuture() {
        assertThatThrownBy(() -> QualityRecords.validate(QualityKind.HEARING, json("{\"attended\":true,\"hearingDate\":\"2026-11-26\"}"), TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(Problem.FieldError::code)
                        .containsExactly("future"));
        assertThatThrownBy(() -> QualityRecords.validate(QualityKind.HEARING, json("{\"hearingDate\":\"26/11/2026\"}"), TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(Problem.FieldError::pointer)
                        .containsExactlyInAnyOrder("/hearingDate", "/attended"));
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
