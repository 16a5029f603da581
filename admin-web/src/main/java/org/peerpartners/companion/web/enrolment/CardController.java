package org.peerpartners.companion.web.enrolment;

import org.peerpartners.companion.audit.AuditLog;
import org.peerpartners.companion.participant.ParticipantAccess;
import org.peerpartners.companion.web.security.StaffPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The printable invite card: the card itself speaks the participant's language (it is
 * theirs to keep), the page around it the staff member's. Showing a card reveals a code
 * that links a phone to the person, so each view is audited.
 */
@Controller
class CardController {

    private final ParticipantAccess access;
    private final InviteCard cards;
    private final MessageSource messages;
    private final AuditLog audit;

    CardController(ParticipantAccess access, InviteCard cards, MessageSource messages, AuditLog audit) {
        this.access = access;
        this.cards = cards;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping("/participants/{participantId}/card")
    String card(@PathVariable long participantId, @AuthenticationPrincipal StaffPrincipal viewer, Model model) {
        InviteCard.Card card = open(viewer, participantId);
        audit.record(viewer.staffId(), viewer.displayName(), "VIEW_INVITE_CARD", "participant", participantId, null);
        model.addAttribute("card", card);
        model.addAttribute("text", new CardText(messages, card.language()));
        return "enrolment/card";
    }

    @GetMapping("/participants/{participantId}/card/qr.png")
    ResponseEntity<byte[]> qr(@PathVariable long participantId, @AuthenticationPrincipal StaffPrincipal viewer) {
        InviteCard.Card card = open(viewer, participantId);
        if (card.code() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(QrCodes.png(card.qrContent()));
    }

    private InviteCard.Card open(StaffPrincipal viewer, long participantId) {
        if (!access.mayRead(viewer.getUsername(), participantId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return cards.of(participantId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The card's texts in the participant's language, for the template. */
    record CardText(MessageSource messages, java.util.Locale locale) {

        public String get(String key, Object... args) {
            return messages.getMessage("enrol.card." + key, args, locale);
        }
    }
}
