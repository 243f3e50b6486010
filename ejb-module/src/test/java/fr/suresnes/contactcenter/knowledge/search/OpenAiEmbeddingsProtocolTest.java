package fr.suresnes.contactcenter.knowledge.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpenAiEmbeddingsProtocolTest {

    @Test
    void requestsTheModelAndTheTexts() {
        assertEquals("{\"model\":\"nomic-embed-text\",\"input\":[\"carte d'identité\",\"« RDV »\"]}",
                OpenAiEmbeddingsProtocol.request("nomic-embed-text", List.of("carte d'identité", "« RDV »")));
    }

    @Test
    void ordersVectorsByTheirIndex() {
        float[][] vectors = OpenAiEmbeddingsProtocol.vectors("{\"data\":[{\"index\":1,\"embedding\":[0.5,-1]},"
                + "{\"index\":0,\"embedding\":[2,3e-2]}],\"model\":\"m\"}", 2);

        assertArrayEquals(new float[]{2f, 0.03f}, vectors[0]);
        assertArrayEquals(new float[]{0.5f, -1f}, vectors[1]);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"data\":[{\"index\":0,\"embedding\":[1,2]}]}",
            "{\"data\":[{\"index\":0,\"embedding\":[1,2]},{\"index\":0,\"embedding\":[1,2]}]}",
            "{\"data\":[{\"index\":0,\"embedding\":[1,2]},{\"index\":2,\"embedding\":[1,2]}]}",
            "{\"data\":[{\"index\":0,\"embedding\":[1,2]},{\"index\":1,\"embedding\":[1,2,3]}]}",
            "{\"data\":[{\"index\":0,\"embedding\":[]},{\"index\":1,\"embedding\":[]}]}",
            "{\"data\":[{\"index\":0,\"embedding\":\"AAAA\"},{\"index\":1,\"embedding\":\"AAAA\"}]}",
            "{\"object\":\"list\"}",
            "[]",
            "<html>Bad gateway</html>"})
    void rejectsAnswersWithoutOneVectorPerText(String answer) {
        assertThrows(EmbeddingsException.class, () -> OpenAiEmbeddingsProtocol.vectors(answer, 2));
    }
}
