package cn.legalaidhub.adapters.soap;

import org.apache.cxf.Bus;
import org.apache.cxf.staxutils.StaxUtils;

/**
 * Limits every SOAP message parsed on a partner bus: a document larger, deeper or with more elements
 * than a referral ever needs is refused before it is bound to Java objects.
 */
public record XmlLimits(long maxCharacters, int maxDepth, long maxElements, int maxChildElements, int maxTextLength,
        int maxAttributes) {

    /** A SOAP referral is a few kilobytes; these leave ample room and stop abuse. */
    public static XmlLimits defaults() {
        return new XmlLimits(1_048_576, 32, 5_000, 200, 20_000, 20);
    }

    void applyTo(Bus bus) {
        bus.setProperty(StaxUtils.MAX_XML_CHARACTERS, maxCharacters);
        bus.setProperty(StaxUtils.MAX_ELEMENT_DEPTH, maxDepth);
        bus.setProperty(StaxUtils.MAX_ELEMENT_COUNT, maxElements);
        bus.setProperty(StaxUtils.MAX_CHILD_ELEMENTS, maxChildElements);
        bus.setProperty(StaxUtils.MAX_TEXT_LENGTH, maxTextLength);
        bus.setProperty(StaxUtils.MAX_ATTRIBUTE_COUNT, maxAttributes);
        bus.setProperty(StaxUtils.MAX_ATTRIBUTE_SIZE, 1_024);
    }
}
