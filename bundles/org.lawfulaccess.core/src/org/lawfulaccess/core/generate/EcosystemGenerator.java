package org.lawfulaccess.core.generate;

import java.time.LocalDate;
import java.util.Objects;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.lawfulaccess.model.Ecosystem;

/**
 * Generates synthetic but realistic ecosystems of a requested size, for benchmarks and demos.
 * <p>
 * <b>Size.</b> An element is every {@link org.eclipse.emf.ecore.EObject} of the model, root and
 * citations included (see {@link ElementCounts}). The result has exactly the requested number of
 * elements: the {@link Mix} fixes the elements per jurisdiction, the generator takes as many
 * jurisdictions as fit (about one per hundred elements) and tops up the rest with further provider
 * practices.
 * <p>
 * <b>Content.</b> Jurisdictions with ISO-like codes (states, unions, sub-national units) and their
 * authorities, operators, laws, criminalisations, retention rules and points of contact; global
 * providers seated in a few hubs with services, encryption profiles, telemetry and their own
 * law-enforcement policies; multilateral treaties with memberships and reservations, one mutual
 * legal assistance treaty per jurisdiction with a hub, voluntary arrangements; usage policies,
 * policy statements with positions; and pairs of scenarios, the second depending on the first,
 * whose requesting jurisdiction and target provider are linked by provisions and memberships, so
 * that route reasoning finds routes. Every fact, actor, service, instrument and scenario cites a
 * source. Names are invented.
 * <p>
 * <b>Determinism.</b> The same size, seed and mix give an equal model and, through
 * {@link #generateInto}, the same ids and so a byte-identical file. Instances are immutable.
 */
public final class EcosystemGenerator {

    /** The as-of date of every generated ecosystem; fixed, so that files do not depend on the day. */
    public static final LocalDate AS_OF = LocalDate.of(2025, 7, 1);

    /** The largest size accepted; far beyond what a file of the default size limit can hold. */
    public static final int MAX_ELEMENTS = 20_000_000;

    private final Mix mix;

    /** A generator with the {@link Mix#STANDARD standard mix}. */
    public EcosystemGenerator() {
        this(Mix.STANDARD);
    }

    /** @param mix the proportions of the generated ecosystems */
    public EcosystemGenerator(Mix mix) {
        this.mix = Objects.requireNonNull(mix, "mix"); //$NON-NLS-1$
    }

    /** @return the proportions of the generated ecosystems */
    public Mix mix() {
        return mix;
    }

    /** @return the smallest size this generator can produce: two jurisdictions with all they need */
    public int minimumElements() {
        return new Plan(2, mix).total();
    }

    /**
     * Generates a model that is not attached to any resource, so its elements have no ids yet.
     *
     * @param elements the number of elements, from {@link #minimumElements()} to {@link #MAX_ELEMENTS}
     * @param seed any number; the same seed gives the same model
     * @return the model and its counts
     * @throws IllegalArgumentException if the size is out of range
     */
    public GeneratedEcosystem generate(int elements, long seed) {
        Plan plan = planFor(elements);
        GeneratorContext ctx = new GeneratorContext(plan, seed, AS_OF);
        Ecosystem root = ctx.root;
        root.setName("Synthetic ecosystem"); //$NON-NLS-1$
        root.setDescription("Generated with " + elements + " elements from seed " + seed //$NON-NLS-1$ //$NON-NLS-2$
                + ". Names, laws and observations are invented."); //$NON-NLS-1$
        new JurisdictionBuilder(ctx).build();
        new ProviderBuilder(ctx).build();
        new InstrumentBuilder(ctx).build();
        FactBuilder facts = new FactBuilder(ctx);
        facts.build();
        new ScenarioBuilder(ctx).build();
        facts.pad(elements - plan.total());
        return new GeneratedEcosystem(root, seed, plan.jurisdictions(), ElementCounts.of(root));
    }

    /**
     * Generates a model into a resource. If the resource is an {@link XMLResource} (as
     * {@code .lawful} resources are), every element gets an id derived from the seed instead of a
     * random UUID, so that saving gives the same bytes for the same seed.
     *
     * @param resource an empty resource, typically made by the core's model store
     * @param elements the number of elements, from {@link #minimumElements()} to {@link #MAX_ELEMENTS}
     * @param seed any number; the same seed gives the same model and ids
     * @return the model, now the resource's first root, and its counts
     * @throws IllegalArgumentException if the size is out of range or the resource is not empty
     */
    public GeneratedEcosystem generateInto(Resource resource, int elements, long seed) {
        if (!resource.getContents().isEmpty()) {
            throw new IllegalArgumentException("The resource is not empty: " + resource.getURI()); //$NON-NLS-1$
        }
        GeneratedEcosystem generated = generate(elements, seed);
        if (resource instanceof XMLResource xml) {
            DeterministicIds.assign(xml, generated.ecosystem(), seed);
        }
        resource.getContents().add(generated.ecosystem());
        return generated;
    }

    /** The most jurisdictions whose plan fits; the plan grows with them at every step. */
    private Plan planFor(int elements) {
        int minimum = minimumElements();
        if (elements < minimum || elements > MAX_ELEMENTS) {
            throw new IllegalArgumentException("The number of elements must be between " + minimum + " and " + MAX_ELEMENTS //$NON-NLS-1$ //$NON-NLS-2$
                    + ": " + elements); //$NON-NLS-1$
        }
        int perJurisdiction = Math.max(1, (new Plan(102, mix).total() - minimum) / 100);
        int jurisdictions = Math.max(2, elements / perJurisdiction);
        while (jurisdictions > 2 && new Plan(jurisdictions, mix).total() > elements) {
            jurisdictions--;
        }
        while (new Plan(jurisdictions + 1, mix).total() <= elements) {
            jurisdictions++;
        }
        return new Plan(jurisdictions, mix);
    }
}
