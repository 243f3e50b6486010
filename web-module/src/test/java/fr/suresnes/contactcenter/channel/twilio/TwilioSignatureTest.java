package fr.suresnes.contactcenter.channel.twilio;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class TwilioSignatureTest {

    /** the example of Twilio's security documentation, parameters in the order a form would send them */
    private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private static final FormParameters FORM = FormParameters.parse(
            "To=%2B18005551212&From=%2B12349013030&Digits=1234&Caller=%2B12349013030&CallSid=CA1234567890ABCDE");

    @Test
    void signsTheUrlAndTheSortedParametersAsTwilioDocumentsIt() {
        assertEquals("0/KCTR6DLpKmkAf8muzZqo1nDgQ=", new TwilioSignature("12345").of(URL, FORM.entries()));
    }

    @Test
    void refusesAnotherTokenAnotherUrlAChangedParameterOrNoSignature() {
        TwilioSignature signature = new TwilioSignature("12345");

        assertTrue(signature.isValid("0/KCTR6DLpKmkAf8muzZqo1nDgQ=", URL, FORM.entries()));
        assertFalse(new TwilioSignature("54321").isValid("0/KCTR6DLpKmkAf8muzZqo1nDgQ=", URL, FORM.entries()));
        assertFalse(signature.isValid("0/KCTR6DLpKmkAf8muzZqo1nDgQ=", "https://mycompany.com/myapp.php", FORM.entries()));
        assertFalse(signature.isValid("0/KCTR6DLpKmkAf8muzZqo1nDgQ=", URL,
                FormParameters.parse("To=%2B18005551212&From=%2B12349013030&Digits=1235&Caller=%2B12349013030"
                        + "&CallSid=CA1234567890ABCDE").entries()));
        assertFalse(signature.isValid(null, URL, FORM.entries()));
    }

    @Test
    void formParametersAreDecodedAsSent() {
        FormParameters form = FormParameters.parse("SpeechResult=comment+refaire+mon+passeport+%3F&Digits=&Flag");

        assertEquals("comment refaire mon passeport ?", form.first("SpeechResult").orElseThrow());
        assertEquals("", form.first("Digits").orElseThrow());
        assertEquals("", form.first("Flag").orElseThrow());
        assertTrue(form.first("CallSid").isEmpty());
        assertTrue(FormParameters.parse(null).entries().isEmpty());
    }
}
