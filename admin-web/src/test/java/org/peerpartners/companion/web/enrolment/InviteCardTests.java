package org.peerpartners.companion.web.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpartners.companion.web.PagesFixture;
import org.peerpartners.companion.web.PagesWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

@PagesWebTest
class InviteCardTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    long ana;

    @BeforeEach
    void load() {
        PagesFixture.load(jdbc);
        ana = PagesFixture.participant(jdbc, "Ana");
    }

    @Test
    void cardShowsTheCodeTheSmsKeywordAndTheTelegramLink() throws Exception {
        String page = card("carmen@example.org", ana);

        assertThat(page).contains("ANA23456").contains("Text JOIN ANA23456 to +17035550100")
                .contains("https://t.me/RiversideCompanionBot?start=ANA23456")
                .contains("src=\"/participants/" + ana + "/card/qr.png\"")
                .contains("Print the card");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'VIEW_INVITE_CARD' AND target_id = ?")
                .param(ana).query(Long.class).single()).isPositive();
    }

    @Test
    void qrCodeIsAPngOfTheTelegramDeepLink() throws Exception {
        var response = mvc.perform(get("/participants/{id}/card/qr.png", ana).with(as("carmen@example.org")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
                .andReturn().getResponse();

        var image = ImageIO.read(new ByteArrayInputStream(response.getContentAsByteArray()));
        var decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))));
        assertThat(decoded.getText()).isEqualTo("https://t.me/RiversideCompanionBot?start=ANA23456");
    }

    @Test
    void aSpanishSpeakersCardIsInSpanishWhateverTheCoachReads() throws Exception {
        long ben = PagesFixture.participant(jdbc, "Ben");
        jdbc.sql("UPDATE participant SET language = 'es' WHERE id = ?").param(ben).update();
        jdbc.sql("INSERT INTO invite_code (code, participant_id) VALUES ('BEN23456', ?) ON CONFLICT DO NOTHING").param(ben).update();

        String page = card("carmen@example.org", ben);

        assertThat(page).contains("Invite card for Ben").contains("The card is in Spanish")
                .contains("Envíe UNIRME BEN23456 al +17035550100").contains("Su código");
    }

    @Test
    void anotherCoachsParticipantHasNoCard() throws Exception {
        mvc.perform(get("/participants/{id}/card", ana).with(as("olga@example.org"))).andExpect(status().isNotFound());
        mvc.perform(get("/participants/{id}/card/qr.png", ana).with(as("luis@example.org")))
                .andExpect(status().isNotFound());
    }

    @Test
    void missingParticipantIsNotFound() throws Exception {
        mvc.perform(get("/participants/{id}/card", 999_999).with(as("alex@example.org"))).andExpect(status().isNotFound());
    }

    @Test
    void supervisorSeesTheCard() throws Exception {
        assertThat(card("sam@example.org", ana)).contains("ANA23456");
    }

    private String card(String email, long participant) throws Exception {
        return mvc.perform(get("/participants/{id}/card", participant).param("lang", "en").with(as(email)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private RequestPostProcessor as(String email) {
        return SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername(email));
    }
}
