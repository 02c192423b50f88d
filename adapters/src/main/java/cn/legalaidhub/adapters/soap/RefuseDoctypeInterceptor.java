package cn.legalaidhub.adapters.soap;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.interceptor.StaxInInterceptor;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * A SOAP message must not contain a document type declaration (SOAP 1.1 §3, SOAP 1.2 part 1 §5). CXF's
 * parser already neither loads external entities nor expands entities declared in a DTD; this refuses the
 * whole message as soon as a DOCTYPE shows up, before any of it is read.
 */
final class RefuseDoctypeInterceptor extends AbstractPhaseInterceptor<Message> {

    RefuseDoctypeInterceptor() {
        super(Phase.POST_STREAM);
        addAfter(StaxInInterceptor.class.getName());
    }

    @Override
    public void handleMessage(Message message) {
        XMLStreamReader reader = message.getContent(XMLStreamReader.class);
        if (reader == null) {
            return;
        }
        if (reader.getEventType() == XMLStreamConstants.DTD) {
            throw refused();
        }
        message.setContent(XMLStreamReader.class, new StreamReaderDelegate(reader) {
            @Override
            public int next() throws XMLStreamException {
                int event = super.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new XMLStreamException(MESSAGE);
                }
                return event;
            }

            @Override
            public int nextTag() throws XMLStreamException {
                int event = next();
                while (event == XMLStreamConstants.SPACE || event == XMLStreamConstants.COMMENT
                        || event == XMLStreamConstants.PROCESSING_INSTRUCTION
                        || (event == XMLStreamConstants.CHARACTERS && isWhiteSpace())) {
                    event = next();
                }
                if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
                    throw new XMLStreamException("expected an element");
                }
                return event;
            }
        });
    }

    private static final String MESSAGE = "A SOAP message must not contain a DOCTYPE declaration. SOAP 消息不得包含 DOCTYPE 声明。";

    private static Fault refused() {
        return new Fault(new XMLStreamException(MESSAGE));
    }
}
