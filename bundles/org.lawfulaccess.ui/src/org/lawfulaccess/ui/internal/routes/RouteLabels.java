/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.ui.internal.routes;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ITableFontProvider;
import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.lawfulaccess.core.Labels;
import org.lawfulaccess.core.routes.Gap;
import org.lawfulaccess.core.routes.GapSeverity;
import org.lawfulaccess.core.routes.Latency;
import org.lawfulaccess.core.routes.Route;
import org.lawfulaccess.core.routes.RouteStep;
import org.lawfulaccess.ui.internal.routes.RouteRows.GapRow;
import org.lawfulaccess.ui.internal.routes.RouteRows.RouteRow;
import org.lawfulaccess.ui.internal.routes.RouteRows.StepRow;

/**
 * The columns of the route view. Durations, elements and literals are named as the command line's
 * {@code lawful routes} names them ({@link Latency#describe}, {@link Labels}); the best route is
 * bold, a blocked route and a blocking gap carry the error icon, a weakening gap the warning icon.
 */
final class RouteLabels extends LabelProvider implements ITableLabelProvider, ITableFontProvider {

    static final int ROUTE = 0;
    static final int PROVISION = 1;
    static final int LATENCY = 2;
    static final int DELIVERED = 3;
    static final int EMERGENCY = 4;
    static final int BINDING = 5;
    static final int AVAILABLE = 6;
    static final int PRACTICE = 7;
    static final int GAPS = 8;

    /** The column titles, in column order. */
    static final String[] TITLES = { RoutesMessages.columnRoute, RoutesMessages.columnProvision, RoutesMessages.columnLatency,
            RoutesMessages.columnDelivered, RoutesMessages.columnEmergency, RoutesMessages.columnBinding,
            RoutesMessages.columnAvailable, RoutesMessages.columnPractice, RoutesMessages.columnGaps };

    @Override
    public String getColumnText(Object element, int column) {
        if (element instanceof RouteRow row) {
            return route(row, column);
        }
        if (element instanceof StepRow row) {
            return step(row, column);
        }
        return element instanceof GapRow row ? gap(row, column) : ""; //$NON-NLS-1$
    }

    private static String route(RouteRow row, int column) {
        Route route = row.route();
        return switch (column) {
            case ROUTE -> format(row.best() ? RoutesMessages.routeBest
                    : route.isAvailable() ? RoutesMessages.route : RoutesMessages.routeBlocked, row.number());
            case PROVISION -> route.steps().stream().map(s -> Labels.literal(s.provision().getRouteKind()))
                    .collect(Collectors.joining(RoutesMessages.kindSeparator));
            case LATENCY -> Latency.describe(route.latency());
            case DELIVERED -> Latency.describe(route.delivered());
            case EMERGENCY -> emergency(route.latency().emergency());
            case BINDING -> route.isBinding() ? RoutesMessages.binding : RoutesMessages.voluntary;
            case AVAILABLE -> route.isAvailable() ? RoutesMessages.available
                    : route.isLegallyAvailable() ? RoutesMessages.blockedLegal : RoutesMessages.blockedNotLegal;
            case PRACTICE -> route.practice().map(p -> Labels.literal(p.getOutcome())).orElse(""); //$NON-NLS-1$
            case GAPS -> counts(route.gaps());
            default -> ""; //$NON-NLS-1$
        };
    }

    private static String step(StepRow row, int column) {
        RouteStep step = row.step();
        boolean last = row.number() == row.route().steps().size();
        return switch (column) {
            case ROUTE -> format(RoutesMessages.step, row.number(), Labels.text(step.issuerJurisdiction()),
                    Labels.text(step.addressee() != null ? step.addressee() : step.addresseeJurisdiction()));
            case PROVISION -> format(RoutesMessages.stepProvision, Labels.text(step.provision()),
                    Labels.literal(step.provision().getRouteKind()));
            case LATENCY -> Latency.describe(step.latency());
            case EMERGENCY -> emergency(step.latency().emergency());
            case BINDING -> Labels.literal(step.provision().getLegalForce());
            case AVAILABLE -> row.gaps().stream().anyMatch(g -> g.gap().isBlocking()) ? RoutesMessages.stepBlocked : ""; //$NON-NLS-1$
            case PRACTICE -> last ? row.route().practice().map(p -> Labels.literal(p.getOutcome())).orElse("") : ""; //$NON-NLS-1$ //$NON-NLS-2$
            case GAPS -> row.gaps().stream().map(RouteLabels::kind).collect(Collectors.joining(RoutesMessages.listSeparator));
            default -> ""; //$NON-NLS-1$
        };
    }

    private static String gap(GapRow row, int column) {
        Gap gap = row.gap();
        return switch (column) {
            case ROUTE -> format(RoutesMessages.gap, gap.severity(), gap.kind());
            case PROVISION -> gap.message(Labels::text);
            case GAPS -> String.join(RoutesMessages.listSeparator, row.rules());
            default -> ""; //$NON-NLS-1$
        };
    }

    /** A gap as a step's Gaps column names it: its kind, with the rules that report it. */
    private static String kind(GapRow row) {
        String kind = row.gap().kind().name();
        return row.rules().isEmpty() ? kind : format(RoutesMessages.gapWithRules, kind, String.join(RoutesMessages.listSeparator, row.rules()));
    }

    private static String emergency(Optional<Duration> emergency) {
        return emergency.map(Latency::describe).orElse(RoutesMessages.none);
    }

    private static String counts(List<Gap> gaps) {
        List<String> parts = new ArrayList<>();
        long blocking = gaps.stream().filter(g -> g.severity() == GapSeverity.BLOCKING).count();
        long weakening = gaps.stream().filter(g -> g.severity() == GapSeverity.WEAKENING).count();
        long notes = gaps.stream().filter(g -> g.severity() == GapSeverity.NOTE).count();
        if (blocking > 0) {
            parts.add(format(RoutesMessages.countBlocking, blocking));
        }
        if (weakening > 0) {
            parts.add(format(RoutesMessages.countWeakening, weakening));
        }
        if (notes > 0) {
            parts.add(format(RoutesMessages.countNote, notes));
        }
        return String.join(RoutesMessages.listSeparator, parts);
    }

    @Override
    public Image getColumnImage(Object element, int column) {
        if (column != ROUTE) {
            return null;
        }
        String image = null;
        if (element instanceof RouteRow row && !row.route().isAvailable()) {
            image = ISharedImages.IMG_OBJS_ERROR_TSK;
        } else if (element instanceof GapRow row) {
            image = switch (row.gap().severity()) {
                case BLOCKING -> ISharedImages.IMG_OBJS_ERROR_TSK;
                case WEAKENING -> ISharedImages.IMG_OBJS_WARN_TSK;
                case NOTE -> ISharedImages.IMG_OBJS_INFO_TSK;
            };
        }
        return image == null ? null : PlatformUI.getWorkbench().getSharedImages().getImage(image);
    }

    @Override
    public Font getFont(Object element, int column) {
        return element instanceof RouteRow row && row.best() ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null;
    }

    /** Formats with {@link MessageFormat}, whose choice patterns give "1 route", "4 routes". */
    static String format(String pattern, Object... arguments) {
        return MessageFormat.format(pattern, arguments);
    }
}
