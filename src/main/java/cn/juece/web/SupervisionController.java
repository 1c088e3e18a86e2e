package cn.juece.web;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import cn.juece.decision.DecisionStatus;
import cn.juece.procedure.ShanghaiTime;
import cn.juece.security.Directory;
import cn.juece.supervision.Csv;
import cn.juece.supervision.Dashboard;
import cn.juece.supervision.DecisionRow;
import cn.juece.supervision.Figures;
import cn.juece.supervision.SupervisionFilter;

/** The supervision dashboard (督察看板) for supervisors and the government office, its drill-downs and CSV exports. */
@Controller
@PreAuthorize("hasAnyAuthority('supervisor', 'office', 'admin')")
class SupervisionController {

    static final String DASHBOARD_VIEW = "supervision/dashboard";
    static final String DECISIONS_VIEW = "supervision/decisions";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ShanghaiTime.ZONE);

    private final Dashboard dashboard;
    private final Directory directory;
    private final MessageSource messages;

    SupervisionController(Dashboard dashboard, Directory directory, MessageSource messages) {
        this.dashboard = dashboard;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/supervision")
    String dashboard(@RequestParam(required = false) String organ, @RequestParam(required = false) String unit,
                     @RequestParam(required = false) Integer year, Model model) {
        SupervisionFilter filter = filter(organ, unit, year);
        model.addAttribute("figures", dashboard.figures(filter));
        model.addAttribute("query", query(filter));
        addFilterChoices(filter, model);
        return DASHBOARD_VIEW;
    }

    @GetMapping("/supervision/decisions")
    String decisions(@RequestParam String figure, @RequestParam(required = false) String organ,
                     @RequestParam(required = false) String unit, @RequestParam(required = false) Integer year,
                     Model model) {
        SupervisionFilter filter = filter(organ, unit, year);
        model.addAttribute("figure", figure);
        model.addAttribute("rows", rows(filter, figure));
        model.addAttribute("query", query(filter));
        addFilterChoices(filter, model);
        return DECISIONS_VIEW;
    }

    @GetMapping("/supervision/figures.csv")
    ResponseEntity<byte[]> figuresCsv(@RequestParam(required = false) String organ,
                                      @RequestParam(required = false) String unit,
                                      @RequestParam(required = false) Integer year, Locale locale) {
        Figures figures = dashboard.figures(filter(organ, unit, year));
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of(text("supervision.csv.figure", locale), text("supervision.csv.key", locale),
                text("supervision.csv.value", locale), text("supervision.csv.numerator", locale),
                text("supervision.csv.denominator", locale)));
        figures.rates().forEach(rate -> lines.add(List.of(text("supervision.rate." + rate.key(), locale),
                rate.key(), rate.percent(), String.valueOf(rate.numerator().size()),
                String.valueOf(rate.denominator().size()))));
        figures.stageDays().forEach(days -> {
            String stage = text(days.stage().messageKey(), locale);
            lines.add(List.of(stage + " " + text("supervision.days.average", locale),
                    "days." + days.stage().activityId(), days.averageText(), "", String.valueOf(days.count())));
            lines.add(List.of(stage + " " + text("supervision.days.maximum", locale),
                    "days." + days.stage().activityId(), days.maximumText(), "", String.valueOf(days.count())));
        });
        figures.overdue().forEach(group -> lines.add(List.of(text("supervision.overdue.title", locale) + " "
                + group.groupName(), "overdue." + group.group(), String.valueOf(group.taskCount()), "",
                String.valueOf(group.tasks().size()))));
        figures.byStage().forEach(count -> lines.add(List.of(text("supervision.byStage.title", locale) + " "
                + text(count.stage().messageKey(), locale), "stage." + count.stage().activityId(),
                String.valueOf(count.ids().size()), "", "")));
        return csv(lines, "supervision-figures.csv");
    }

    @GetMapping("/supervision/decisions.csv")
    ResponseEntity<byte[]> decisionsCsv(@RequestParam String figure, @RequestParam(required = false) String organ,
                                        @RequestParam(required = false) String unit,
                                        @RequestParam(required = false) Integer year, Locale locale) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of(text("dossier.reference", locale), text("dossier.title", locale),
                text("supervision.organ", locale), text("supervision.unit", locale), text("dossier.status", locale),
                text("dossier.proposedAt", locale), text("supervision.note", locale)));
        rows(filter(organ, unit, year), figure).forEach(row -> lines.add(List.of(row.reference(),
                row.title(), row.organ(), row.unitName(), row.status(), row.proposedAt(), row.note())));
        return csv(lines, "supervision-decisions.csv");
    }

    /** A year no decision can have (0, 987654321) is a mistyped address, not an empty result. */
    private static SupervisionFilter filter(String organ, String unit, Integer year) {
        if (year != null && (year < 1900 || year > 2199)) {
            throw new BadInput("input.wrongFormat", "year");
        }
        return new SupervisionFilter(organ, unit, year);
    }

    private List<Row> rows(SupervisionFilter filter, String figure) {
        Figures figures = dashboard.figures(filter);
        Map<Long, String> notes = figures.drill(figure).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这一统计项"));
        return dashboard.rows(figures, notes).stream().map(this::row).toList();
    }

    private Row row(DecisionRow row) {
        return new Row(row.id(), row.reference(), row.title(), row.organ(),
                row.unit() == null ? "" : directory.unitName(row.unit()),
                DecisionStatus.valueOf(row.status()).label(), TIME.format(row.proposedAt()), row.note());
    }

    private void addFilterChoices(SupervisionFilter filter, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("organs", dashboard.organs());
        model.addAttribute("units", directory.units());
        model.addAttribute("years", dashboard.years());
    }

    /** The filter as a query string, for the links to drill-downs and exports. */
    private static String query(SupervisionFilter filter) {
        StringBuilder query = new StringBuilder();
        if (filter.organ() != null) {
            query.append("&organ=").append(java.net.URLEncoder.encode(filter.organ(), StandardCharsets.UTF_8));
        }
        if (filter.unit() != null) {
            query.append("&unit=").append(java.net.URLEncoder.encode(filter.unit(), StandardCharsets.UTF_8));
        }
        if (filter.year() != null) {
            query.append("&year=").append(filter.year());
        }
        return query.toString();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static ResponseEntity<byte[]> csv(List<List<String>> lines, String fileName) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(Csv.of(lines));
    }

    /** A drill-down line as the page and the CSV show it. */
    public record Row(long id, String reference, String title, String organ, String unitName, String status,
               String proposedAt, String note) {
    }
}
