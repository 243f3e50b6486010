package fr.suresnes.contactcenter.conversation.control;

import fr.suresnes.contactcenter.conversation.answer.AnswerComposer;
import fr.suresnes.contactcenter.conversation.answer.Extractive;
import fr.suresnes.contactcenter.conversation.answer.ExtractiveComposer;
import fr.suresnes.contactcenter.knowledge.control.ConfiguredEmbeddings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/** The extractive composer, calibrated for the scores the search gives: BM25 alone, or rank fusion with semantics. */
@ApplicationScoped
public class ExtractiveComposerProducer {

    @Inject
    ConfiguredEmbeddings embeddings;

    @Produces
    @Extractive
    @ApplicationScoped
    AnswerComposer extractive() {
        return embeddings.source().isPresent() ? ExtractiveComposer.forRankFusion() : new ExtractiveComposer();
    }
}
