package cn.legalaidhub.adapters.soap;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

/** xs:date / xs:dateTime of the partner documents ↔ the contract's ISO dates with offset. */
public final class SoapDates {

    /** Partner systems in China send local times without an offset: they are Beijing time. */
    public static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final DatatypeFactory FACTORY = factory();

    private SoapDates() {
    }

    public static String date(XMLGregorianCalendar value) {
        return value == null ? null : LocalDate.of(value.getYear(), value.getMonth(), value.getDay()).toString();
    }

    public static String dateTime(XMLGregorianCalendar value) {
        if (value == null) {
            return null;
        }
        int offsetMinutes = value.getTimezone() == DatatypeConstants.FIELD_UNDEFINED ? 8 * 60 : value.getTimezone();
        OffsetDateTime time = OffsetDateTime.of(value.getYear(), value.getMonth(), value.getDay(), value.getHour(),
                value.getMinute(), value.getSecond() == DatatypeConstants.FIELD_UNDEFINED ? 0 : value.getSecond(), 0,
                ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
        return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    public static XMLGregorianCalendar xmlDate(String isoDate) {
        if (isoDate == null) {
            return null;
        }
        LocalDate d = LocalDate.parse(isoDate);
        return FACTORY.newXMLGregorianCalendarDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), DatatypeConstants.FIELD_UNDEFINED);
    }

    /** An ISO date-time with offset (or an instant, 'Z') as xs:dateTime in Beijing time. */
    public static XMLGregorianCalendar xmlDateTime(String isoDateTime) {
        if (isoDateTime == null) {
            return null;
        }
        OffsetDateTime t = OffsetDateTime.parse(isoDateTime).withOffsetSameInstant(CHINA);
        return FACTORY.newXMLGregorianCalendar(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(),
                t.getSecond(), DatatypeConstants.FIELD_UNDEFINED, 8 * 60);
    }

    private static DatatypeFactory factory() {
        try {
            return DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
