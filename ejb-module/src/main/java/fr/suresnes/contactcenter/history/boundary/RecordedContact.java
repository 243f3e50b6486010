package fr.suresnes.contactcenter.history.boundary;

import fr.suresnes.contactcenter.channel.entity.Channel;

import java.time.Instant;
import java.util.List;

/**
 * A contact that reached the city outside the bots, as the agent who took it records it.
 *
 * @param citizenId   the citizen it belongs to, or {@code null} for one described by {@code citizen}
 * @param request     what the citizen asked or wrote
 * @param answer      what the agent answered or did, may be blank
 * @param wrapUpCode  how it ended
 */
public record RecordedContact(Long citizenId, CitizenDetails citizen, Channel channel, Instant contactedAt,
                              String request, String answer, String wrapUpCode, List<AttachmentText> attachments) {
}
