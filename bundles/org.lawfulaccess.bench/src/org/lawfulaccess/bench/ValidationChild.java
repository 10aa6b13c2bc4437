/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.lawfulaccess.core.LawfulResources;
import org.lawfulaccess.core.generate.ElementCounts;
import org.lawfulaccess.core.routes.RouteAnalysis;
import org.lawfulaccess.core.routes.RouteOptions;
import org.lawfulaccess.model.Actor;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.PracticeOutcome;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.ProviderPractice;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.Telemetry;
import org.lawfulaccess.model.value.TimeSpan;
import org.lawfulaccess.validation.Finding;
import org.lawfulaccess.validation.IncrementalValidation;
import org.lawfulaccess.validation.RuleCatalogue;
import org.lawfulaccess.validation.ValidationConfig;
import org.lawfulaccess.validation.ValidationResult;
import org.lawfulaccess.validation.Validator;

/**
 * The measuring side of {@link ValidationBench}, run in its own JVM for one model file. Prints one
 * line that {@link ChildRun} reads back.
 * <p>
 * The model is loaded once through the model store, as the command line does. The full catalogue
 * (found through {@link java.util.ServiceLoader}, as on the command line) then validates it: warm-up
 * rounds, then measured rounds with a full collection before each (not timed). An incremental
 * validation is started and the model edited several times, one element per edit, as an editor
 * would: each edit reaches the incremental validation as the EMF notification it caused, and only
 * the update is timed. Rounds of the same edits warm the update code up first, as long as the
 * full validation's warm-up; the measured round then edits each element once more.
 */
@SuppressWarnings("nls") // a developer tool, in English only
final class ValidationChild {

    /** The first argument that makes {@link ValidationBench} run this instead. */
    static final String FLAG = "--validation-child";
    /** Edits per kind; each kind edits different elements spread over the model. */
    private static final int EDITS_PER_KIND = 3;

    private ValidationChild() {
    }

    /**
     * @param args {@link #FLAG}, the model file, the number of measured iterations, the least number
     *        of warm-up rounds and the least warm-up time in seconds
     */
    static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        int iterations = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        long warmupNanos = Long.parseLong(args[4]) * 1_000_000_000L;
        Resource resource = LawfulResources.newModelStore().load(file);
        Ecosystem ecosystem = (Ecosystem) resource.getContents().get(0);
        Validator validator = Validator.of(RuleCatalogue.discover(), ValidationConfig.DEFAULTS);

        warmUp(warmup, warmupNanos, () -> validator.validate(resource, null));
        ValidationResult result = null;
        long[] full = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            BenchChild.collect();
            long start = System.nanoTime();
            result = validator.validate(resource, null);
            full[i] = System.nanoTime() - start;
        }

        // The analysis the route rules share (see the rules' Routes): every scenario at the validation date.
        RouteAnalysis routes = RouteAnalysis.of(ecosystem, RouteOptions.defaults().withAsOf(result.date()));
        String figures = "elements=" + ElementCounts.of(resource).total() + " evaluated=" + result.elementsEvaluated() + " rules="
                + result.rules().size() + " findings=" + result.findings().size() + " byRule=" + byRule(result.findings()) + " scenarios="
                + routes.scenarios().size() + " routes=" + routes.routeCount();
        // Let go of the last full run before the incremental validation keeps its own.
        routes = null;
        result = null;

        BenchChild.collect();
        long incrementalStart = System.nanoTime();
        IncrementalValidation incremental = validator.incremental(ecosystem, null);
        long incrementalSetup = System.nanoTime() - incrementalStart;
        List<Edit> edits = edits(ecosystem);
        // The same warm-up for the update code: rounds of all edits, unmeasured.
        warmUp(warmup, warmupNanos, () -> edits.forEach(edit -> edit.apply(incremental)));
        StringBuilder kinds = new StringBuilder();
        long[] editNanos = new long[edits.size()];
        long[] editElements = new long[edits.size()];
        for (int i = 0; i < edits.size(); i++) {
            BenchChild.collect();
            long[] outcome = edits.get(i).apply(incremental);
            editNanos[i] = outcome[0];
            editElements[i] = outcome[1];
            kinds.append(kinds.isEmpty() ? "" : ",").append(edits.get(i).kind());
        }

        System.out.println(BenchChild.RESULT + " validate=" + BenchChild.join(full) + " " + figures + " incrementalSetup=" + incrementalSetup + " editKinds=" + kinds + " edit=" + BenchChild.join(editNanos)
                + " editElements=" + BenchChild.join(editElements) + " gc=" + BenchChild.gcNames());
    }

    /** Runs a round, unmeasured, at least the given number of times and for at least the given time. */
    private static void warmUp(int rounds, long nanos, Runnable round) {
        long start = System.nanoTime();
        for (int i = 0; i < rounds || System.nanoTime() - start < nanos; i++) {
            round.run();
        }
    }

    private static String byRule(List<Finding> findings) {
        Map<String, Integer> counts = new TreeMap<>();
        findings.forEach(f -> counts.merge(f.ruleId(), 1, Integer::sum));
        StringBuilder text = new StringBuilder();
        counts.forEach((rule, count) -> text.append(text.isEmpty() ? "" : ",").append(rule).append(':').append(count));
        return text.isEmpty() ? "-" : text.toString();
    }

    /**
     * One edit of one element.
     *
     * @param kind what it changes, for the report
     * @param element the element edited
     * @param change the change itself
     */
    private record Edit(String kind, EObject element, Consumer<EObject> change) {

        /** @return the update's time in nanoseconds and the number of elements it checked again */
        long[] apply(IncrementalValidation incremental) {
            List<Notification> seen = new ArrayList<>();
            AdapterImpl listener = new AdapterImpl() {
                @Override
                public void notifyChanged(Notification notification) {
                    seen.add(notification);
                }
            };
            element.eAdapters().add(listener);
            change.accept(element);
            element.eAdapters().remove(listener);
            long start = System.nanoTime();
            int checked = 0;
            for (Notification notification : seen) {
                checked += incremental.update(notification).elementsReevaluated();
            }
            return new long[] {System.nanoTime() - start, checked};
        }
    }

    /**
     * Renames providers, changes provisions' maximum latency, adds a practice (a refusal, copied
     * from an existing practice: an element added, so the route index is rebuilt) and points
     * telemetry at another recipient: {@link #EDITS_PER_KIND} of each, on elements spread over the
     * model. Each edit can be applied again: a rename adds to the name, a latency cycles, a practice
     * is copied again, telemetry moves to the next actor.
     */
    private static List<Edit> edits(Ecosystem ecosystem) {
        List<Provider> providers = new ArrayList<>();
        List<Provision> provisions = new ArrayList<>();
        List<Telemetry> telemetry = new ArrayList<>();
        List<ProviderPractice> practices = new ArrayList<>();
        List<Actor> actors = new ArrayList<>();
        for (Iterator<EObject> it = ecosystem.eAllContents(); it.hasNext();) {
            EObject element = it.next();
            if (element instanceof Provider p) {
                providers.add(p);
            } else if (element instanceof Provision p) {
                provisions.add(p);
            } else if (element instanceof Telemetry t) {
                telemetry.add(t);
            } else if (element instanceof ProviderPractice p) {
                practices.add(p);
            }
            if (element instanceof Actor a) {
                actors.add(a);
            }
        }
        List<Edit> edits = new ArrayList<>();
        int[] counter = {0};
        for (Provider provider : spread(providers)) {
            edits.add(new Edit("rename-provider", provider, e -> ((Provider) e).setName(((Provider) e).getName() + " (renamed " + ++counter[0] + ")")));
        }
        for (Provision provision : spread(provisions)) {
            edits.add(new Edit("provision-maxLatency", provision, e -> {
                Provision p = (Provision) e;
                p.setMaxLatency(p.getMaxLatency() == null ? TimeSpan.days(30) : TimeSpan.days(p.getMaxLatency().amount() % 90 + 1));
            }));
        }
        for (ProviderPractice practice : spread(practices)) {
            edits.add(new Edit("add-practice", ecosystem, e -> {
                ProviderPractice refusal = EcoreUtil.copy(practice);
                refusal.setOutcome(PracticeOutcome.REFUSES);
                ((Ecosystem) e).getFacts().add(refusal);
            }));
        }
        for (Telemetry t : spread(telemetry)) {
            edits.add(new Edit("telemetry-recipient", t, e -> {
                Telemetry tel = (Telemetry) e;
                Actor next = actors.get((actors.indexOf(tel.getRecipient()) + 1 + actors.size()) % actors.size());
                tel.setRecipient(next);
            }));
        }
        return edits;
    }

    /** @return up to {@link #EDITS_PER_KIND} elements from the start, middle and end of the list */
    private static <T> List<T> spread(List<T> all) {
        List<T> chosen = new ArrayList<>();
        for (int i = 0; i < EDITS_PER_KIND && !all.isEmpty(); i++) {
            T element = all.get((int) ((long) i * (all.size() - 1) / Math.max(1, EDITS_PER_KIND - 1)));
            if (!chosen.contains(element)) {
                chosen.add(element);
            }
        }
        return chosen;
    }
}
