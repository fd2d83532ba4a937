package dev.masthead.editorial.article;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** When a scheduled article goes live. */
@Schema(name = "ScheduleInput")
public record SchedulePlan(
        @Schema(required = true, description = "In the future, ISO-8601.", examples = "2026-12-24T06:00:00Z")
        @NotNull(message = "is required") Instant publishAt) {
}
