/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.core;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.lawfulaccess.model.Accreditation;
import org.lawfulaccess.model.Actor;
import org.lawfulaccess.model.Citation;
import org.lawfulaccess.model.Criminalisation;
import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.EncryptionProfile;
import org.lawfulaccess.model.Establishment;
import org.lawfulaccess.model.Fact;
import org.lawfulaccess.model.Instrument;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.Membership;
import org.lawfulaccess.model.NamedElement;
import org.lawfulaccess.model.PointOfContact;
import org.lawfulaccess.model.Position;
import org.lawfulaccess.model.ProviderPractice;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.Reservation;
import org.lawfulaccess.model.RetentionRule;
import org.lawfulaccess.model.Service;
import org.lawfulaccess.model.Source;
import org.lawfulaccess.model.Telemetry;
import org.lawfulaccess.model.UsageDecision;
import org.lawfulaccess.model.UsagePolicy;
import org.lawfulaccess.model.util.LawfulSwitch;
import org.lawfulaccess.model.value.TimeSpan;

/**
 * How the product names model elements, everywhere: the tree and the property sheet, findings and their
 * evidence, route reports, load errors and the command line. {@link #text} is the label analysts read
 * ("Belgium (BE)", "MLAT BE–US, 180–365 days", "Telegram (service of Telegram FZ-LLC)", facts with their
 * validity period); {@link #reference} is that label with the element's type, as messages name an element
 * ({@code Provider "Example Mail"}).
 * <p>
 * Headless (model only), so that the edit layer, validation, routes and the command line share it.
 * Patterns live in {@code labels.properties}. A validity end date is exclusive, as in the model: "until
 * 2021-04-22" means the fact no longer holds on that day. A label reads the element and the elements it
 * refers to (a service's provider, a provision's instrument), never its contents.
 */
public final class Labels {

    private static final MessageBundle MESSAGES = new MessageBundle("org.lawfulaccess.core.labels", Labels.class.getClassLoader()); //$NON-NLS-1$
    private static final int QUOTE_LENGTH = 60;

    private Labels() {
    }

    /**
     * The label of a model element; for a fact, with its validity period when it has one.
     *
     * @param object any object; elements of other packages get their name or type; null is an element
     *        that is not modelled
     * @return the label, never null
     */
    public static String text(Object object) {
        if (object == null) {
            return message("notModelled"); //$NON-NLS-1$
        }
        if (!(object instanceof EObject eObject)) {
            return String.valueOf(object);
        }
        String label = new LabelSwitch().doSwitch(eObject);
        if (label == null) {
            String name = nameOf(eObject);
            label = name != null ? name : eObject instanceof NamedElement ? message("unnamed") : eObject.eClass().getName(); //$NON-NLS-1$
        }
        return object instanceof Fact fact ? withValidity(label, fact) : label;
    }

    /**
     * How messages name an element: its type and its label without a fact's validity period, e.g.
     * {@code Jurisdiction "Belgium (BE)"}; the
     * type alone for an element with neither a name nor a label of its own. Content of a type this release
     * does not know is named by its type and the name it was written with, if any.
     *
     * @param element an element, or null for one that is not modelled
     * @return the reference, never null
     */
    public static String reference(EObject element) {
        if (element == null) {
            return message("notModelled"); //$NON-NLS-1$
        }
        String type = element.eClass().getName();
        String label = element instanceof AnyType unknown ? unknownName(unknown) : new LabelSwitch().doSwitch(element);
        if (label == null) {
            label = nameOf(element);
        }
        if (label == null) {
            return type;
        }
        return message("reference", type, label); //$NON-NLS-1$
    }

    /** The element's name, read reflectively so that elements of extension packages have one too; null if blank. */
    private static String nameOf(EObject element) {
        EStructuralFeature feature = element.eClass().getEStructuralFeature("name"); //$NON-NLS-1$
        if (feature != null && !feature.isMany() && element.eGet(feature) instanceof String name && !name.isBlank()) {
            return name;
        }
        return null;
    }

    private static String unknownName(AnyType unknown) {
        for (FeatureMap.Entry entry : unknown.getAnyAttribute()) {
            EStructuralFeature feature = entry.getEStructuralFeature();
            if ("name".equals(feature.getName()) && entry.getValue() != null) { //$NON-NLS-1$
                return String.valueOf(entry.getValue());
            }
        }
        return null;
    }

    /** "Belgium (BE)": a jurisdiction with its code; "(unnamed)" for null. */
    public static String jurisdiction(Jurisdiction jurisdiction) {
        if (jurisdiction == null) {
            return message("unnamed");
        }
        String code = jurisdiction.getCode();
        return code == null || code.isBlank() ? name(jurisdiction) : message("withCode", name(jurisdiction), code);
    }

    /**
     * The expected latency of a provision: "180–365 days", "2 weeks–6 months", "up to 12 months".
     *
     * @return the latency, or null when the provision states none
     */
    public static String latency(Provision provision) {
        TimeSpan min = provision.getMinLatency();
        TimeSpan max = provision.getMaxLatency();
        if (min != null && max != null) {
            if (min.equals(max)) {
                return max.toString();
            }
            return min.unit() == max.unit() ? message("latency.sameUnit", Long.toString(min.amount()), max.toString())
                    : message("latency.range", min.toString(), max.toString());
        }
        if (max != null) {
            return message("latency.upTo", max.toString());
        }
        return min == null ? null : message("latency.atLeast", min.toString());
    }

    /** The readable form of an enumeration literal: "cloud backup", "Budapest 24/7". */
    public static String literal(Enumerator literal) {
        if (literal == null) {
            return message("unnamed");
        }
        String key = literal.getClass().getSimpleName() + "." + literal.getName(); //$NON-NLS-1$
        return MESSAGES.find(key).orElseGet(() -> literal.getName().toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    /** The label followed by the fact's validity period, or the label alone when it has none. */
    public static String withValidity(String label, Fact fact) {
        if (fact.getValidFrom() != null && fact.getValidTo() != null) {
            return message("validity.between", label, fact.getValidFrom(), fact.getValidTo());
        }
        if (fact.getValidFrom() != null) {
            return message("validity.since", label, fact.getValidFrom());
        }
        return fact.getValidTo() == null ? label : message("validity.until", label, fact.getValidTo());
    }

    private static String name(NamedElement element) {
        if (element == null || element.getName() == null || element.getName().isBlank()) {
            return message("unnamed");
        }
        return element.getName();
    }

    private static String message(String key, Object... arguments) {
        return MESSAGES.format(key, arguments);
    }

    private static String literals(Collection<? extends Enumerator> literals) {
        return literals(literals, "allData"); //$NON-NLS-1$
    }

    private static String literals(Collection<? extends Enumerator> literals, String noneKey) {
        if (literals.isEmpty()) {
            return message(noneKey);
        }
        return literals.stream().map(Labels::literal).collect(Collectors.joining(message("list.separator")));
    }

    private static String actor(Actor actor) {
        if (actor == null || actor.getJurisdiction() == null || actor.getJurisdiction().getCode() == null) {
            return name(actor);
        }
        return message("withCode", name(actor), actor.getJurisdiction().getCode());
    }

    /** Per-type labels; a null result falls back to the element's name. Arguments are strings so that
     * MessageFormat never applies number or date formats of its own. */
    private static final class LabelSwitch extends LawfulSwitch<String> {

        @Override
        public String caseEcosystem(Ecosystem ecosystem) {
            return ecosystem.getAsOf() == null ? name(ecosystem) : message("ecosystem", name(ecosystem), ecosystem.getAsOf().toString());
        }

        @Override
        public String caseJurisdiction(Jurisdiction jurisdiction) {
            return Labels.jurisdiction(jurisdiction);
        }

        @Override
        public String caseActor(Actor actor) {
            return Labels.actor(actor);
        }

        @Override
        public String caseService(Service service) {
            return service.getProvider() == null ? name(service) : message("service", name(service), name(service.getProvider()));
        }

        @Override
        public String caseInstrument(Instrument instrument) {
            String citation = instrument.getLegalCitation();
            return citation == null || citation.isBlank() ? name(instrument) : message("instrument.cited", name(instrument), citation);
        }

        @Override
        public String caseProvision(Provision provision) {
            String label = provision.getInstrument() == null ? message("unnamed") : name(provision.getInstrument());
            if (provision.getLegalCitation() != null && !provision.getLegalCitation().isBlank()) {
                label = message("provision.cited", label, provision.getLegalCitation());
            } else if (provision.getName() != null && !provision.getName().isBlank()) {
                label = message("provision.named", label, provision.getName());
            }
            String latency = latency(provision);
            if (latency != null) {
                label = message("withLatency", label, latency);
            }
            if (provision.getEmergencyLatency() != null) {
                label = message("withEmergency", label, provision.getEmergencyLatency().toString());
            }
            return label;
        }

        @Override
        public String caseSource(Source source) {
            return source.getDate() == null ? message("source.undated", name(source), literal(source.getKind()))
                    : message("source", name(source), literal(source.getKind()), source.getDate().toString());
        }

        @Override
        public String caseCitation(Citation citation) {
            String label = name(citation.getSource());
            if (citation.getLocator() != null && !citation.getLocator().isBlank()) {
                label = message("citation", label, citation.getLocator());
            }
            String quote = citation.getQuote();
            if (quote != null && !quote.isBlank()) {
                quote = quote.strip();
                label = message("citation.quote", label, quote.length() > QUOTE_LENGTH ? quote.substring(0, QUOTE_LENGTH) + "\u2026" : quote);
            }
            return label;
        }

        @Override
        public String caseMembership(Membership membership) {
            String party = membership.getParty() instanceof Jurisdiction jurisdiction ? Labels.jurisdiction(jurisdiction)
                    : name(membership.getParty());
            return message("membership." + membership.getStatus().getName(), party, name(membership.getInstrument()));
        }

        @Override
        public String caseReservation(Reservation reservation) {
            String provision = reservation.getProvision() == null ? message("unnamed") : caseProvisionShort(reservation.getProvision());
            return message("reservation", provision, literal(reservation.getEffect()));
        }

        private String caseProvisionShort(Provision provision) {
            String citation = provision.getLegalCitation();
            return citation == null || citation.isBlank() ? name(provision) : citation;
        }

        @Override
        public String caseEstablishment(Establishment establishment) {
            return message("establishment", name(establishment.getProvider()), literal(establishment.getKind()),
                    Labels.jurisdiction(establishment.getJurisdiction()));
        }

        @Override
        public String caseEncryptionProfile(EncryptionProfile profile) {
            if (profile.getKeyHolders().isEmpty()) {
                return message("encryption.noKeys", literal(profile.getDataStore()), literal(profile.getModel()));
            }
            return message("encryption", literal(profile.getDataStore()), literal(profile.getModel()), literals(profile.getKeyHolders()));
        }

        @Override
        public String caseTelemetry(Telemetry telemetry) {
            return message("telemetry", literal(telemetry.getKind()), name(telemetry.getRecipient()));
        }

        @Override
        public String caseAccreditation(Accreditation accreditation) {
            return message("accreditation", literal(accreditation.getLevel()));
        }

        @Override
        public String caseCriminalisation(Criminalisation criminalisation) {
            String label = message("criminalisation", name(criminalisation.getOffence()),
                    Labels.jurisdiction(criminalisation.getJurisdiction()), literal(criminalisation.getStatus()));
            if (criminalisation.getStatute() != null && !criminalisation.getStatute().isBlank()) {
                label = message("withStatute", label, criminalisation.getStatute());
            }
            return criminalisation.getMaxImprisonment() == null ? label
                    : message("withMaximum", label, criminalisation.getMaxImprisonment().toString());
        }

        @Override
        public String caseRetentionRule(RetentionRule rule) {
            String duration = rule.getDuration() == null ? message("unnamed") : rule.getDuration().toString();
            if (rule.getProvider() != null) {
                return message("retention.policy", literals(rule.getDataCategories()), name(rule.getProvider()), duration, literal(rule.getBound()));
            }
            return message("retention.law", literals(rule.getDataCategories()), Labels.jurisdiction(rule.getJurisdiction()), duration,
                    literal(rule.getBound()));
        }

        @Override
        public String caseProviderPractice(ProviderPractice practice) {
            return message("practice", name(practice.getProvider()), literals(practice.getRouteKinds(), "allRoutes"),
                    Labels.jurisdiction(practice.getRequestingJurisdiction()), literal(practice.getOutcome()));
        }

        @Override
        public String casePointOfContact(PointOfContact contact) {
            String label = message("contact", literal(contact.getNetwork()), Labels.jurisdiction(contact.getJurisdiction()));
            if (contact.getDesignatedActor() != null) {
                label = message("withActor", label, name(contact.getDesignatedActor()));
            }
            return contact.getCounterpart() == null ? label : message("withCounterpart", label, name(contact.getCounterpart()));
        }

        @Override
        public String caseUsagePolicy(UsagePolicy policy) {
            UsageDecision decision = policy.getDecision();
            return message("usage." + decision.getName(), name(policy.getOrganisation()), name(policy.getService()),
                    literal(policy.getPurpose()), literal(policy.getMaxLevel()));
        }

        @Override
        public String casePosition(Position position) {
            String holder = position.getHolder() instanceof Jurisdiction jurisdiction ? Labels.jurisdiction(jurisdiction)
                    : name(position.getHolder());
            return message("position", holder, literal(position.getStance()), name(position.getSubject()));
        }
    }
}
