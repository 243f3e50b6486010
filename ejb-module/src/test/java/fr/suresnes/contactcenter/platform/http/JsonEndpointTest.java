package fr.suresnes.contactcenter.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonEndpointTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"error\":{\"message\":\"model not found\",\"type\":\"invalid_request_error\"}}|model not found",
            "{\"object\":\"error\",\"message\":\"input too long\",\"code\":400}|input too long",
            "{\"error\":\"model 'x' not found\"}|model 'x' not found",
            "{\"detail\":\"Invalid authentication credentials\"}|Invalid authentication credentials",
            "{\"detail\":[{\"msg\":\"field required\"}]}|[{\"msg\":\"field required\"}]",
            "<html>  502 Bad Gateway\t</html>|<html> 502 Bad Gateway </html>"})
    void readsTheMessageOfAnError(String answer, String message) {
        assertEquals(message, JsonEndpoint.errorMessage(answer));
    }

    @Test
    void shortensLongErrorAnswers() {
        assertEquals("x".repeat(300) + " …", JsonEndpoint.errorMessage("x".repeat(5000)));
    }
}
