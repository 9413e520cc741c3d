package vn.bentre.ocop.training.boundary;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** What a certificate states, as the public verification page and the PDF show it. */
public record CertificateView(
        String code,
        String learnerName,
        String courseCode,
        String courseTitle,
        String topic,
        int hours,
        LocalDate firstDay,
        LocalDate lastDay,
        LocalDateTime completedAt,
        String trainerName,
        String issuer,
        String verificationUrl) {}
