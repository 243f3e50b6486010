package fr.suresnes.contactcenter.assist.boundary;

import fr.suresnes.contactcenter.assist.control.FoundEntity;
import fr.suresnes.contactcenter.assist.control.ReplyDraft;
import fr.suresnes.contactcenter.assist.control.RequestSummary;
import fr.suresnes.contactcenter.handoff.entity.ContactQueue;

import java.util.List;

/**
 * What the AI assist shows beside a conversation: the request summed up, the topic detected, the details found in the
 * citizen's messages and reply drafts quoted from the knowledge base.
 */
public record AssistPanel(RequestSummary summary, ContactQueue topic, List<FoundEntity> entities,
                          List<ReplyDraft> drafts) {
}
