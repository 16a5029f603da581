package org.peerpartners.companion.web.participant;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.peerpartners.companion.outcome.InterviewKind;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The interview form as posted: which indicators have the outcome present and which have
 * supports present (ticked boxes), the hospital and ER counts, and free notes.
 */
public class IntakeForm {

    @NotNull
    private InterviewKind kind = InterviewKind.BASELINE;

    /** ISO both ways: that is what a browser's date input sends and expects. */
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate interviewedOn;

    private Set<QualityIndicator> outcomes = EnumSet.noneOf(QualityIndicator.class);

    private Set<QualityIndicator> supports = EnumSet.noneOf(QualityIndicator.class);

    @NotNull
    @Min(0)
    @Max(365)
    private Integer hospitalStays;

    @NotNull
    @Min(0)
    @Max(999)
    private Integer erVisits;

    @Size(max = 4000)
    private String notes;

    public InterviewKind getKind() {
        return kind;
    }

    public void setKind(InterviewKind kind) {
        this.kind = kind;
    }

    public LocalDate getInterviewedOn() {
        return interviewedOn;
    }

    public void setInterviewedOn(LocalDate interviewedOn) {
        this.interviewedOn = interviewedOn;
    }

    public Set<QualityIndicator> getOutcomes() {
        return outcomes;
    }

    public void setOutcomes(Set<QualityIndicator> outcomes) {
        this.outcomes = outcomes == null ? EnumSet.noneOf(QualityIndicator.class) : outcomes;
    }

    public Set<QualityIndicator> getSupports() {
        return supports;
    }

    public void setSupports(Set<QualityIndicator> supports) {
        this.supports = supports == null ? EnumSet.noneOf(QualityIndicator.class) : supports;
    }

    public Integer getHospitalStays() {
        return hospitalStays;
    }

    public void setHospitalStays(Integer hospitalStays) {
        this.hospitalStays = hospitalStays;
    }

    public Integer getErVisits() {
        return erVisits;
    }

    public void setErVisits(Integer erVisits) {
        this.erVisits = erVisits;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
