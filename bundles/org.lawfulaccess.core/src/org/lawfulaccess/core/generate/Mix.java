package org.lawfulaccess.core.generate;

/**
 * The proportions of a generated ecosystem, stated per jurisdiction because jurisdictions are what
 * real ecosystems grow with: each has its authorities, operators, laws, criminalisations and
 * scenarios, while global providers are shared by several of them. Everything else (treaties,
 * memberships, sources, citations) follows from these numbers; {@link EcosystemGenerator} picks
 * the number of jurisdictions so that the whole comes to the requested size.
 *
 * @param authoritiesPerJurisdiction authorities of each jurisdiction; the first four are police,
 *        prosecution, judiciary and the central authority for mutual legal assistance, further ones
 *        are intelligence, defence, ministry, regulator or other (4 to 9)
 * @param operatorsPerJurisdiction domestic telecom operators of each jurisdiction, each with one
 *        service and an operator declaration (at least 1: dependent scenarios ask one)
 * @param jurisdictionsPerProvider how many jurisdictions share one global provider (at least 1)
 * @param servicesPerProvider services of each global provider (1 to 6)
 * @param criminalisationsPerJurisdiction offences each jurisdiction criminalises, out of
 *        {@link #OFFENCES} (1 to 12)
 * @param practicesPerJurisdiction observed provider practices towards each jurisdiction (0 to 20)
 * @param scenarioPairsPerJurisdiction pairs of scenarios per jurisdiction: a request to a global
 *        provider and a dependent request to a domestic operator (0 to 10)
 */
public record Mix(int authoritiesPerJurisdiction, int operatorsPerJurisdiction, int jurisdictionsPerProvider,
        int servicesPerProvider, int criminalisationsPerJurisdiction, int practicesPerJurisdiction,
        int scenarioPairsPerJurisdiction) {

    /** How many offences a generated ecosystem knows. */
    public static final int OFFENCES = 12;

    /**
     * The standard mix: about 100 elements per jurisdiction, of which a little under half are
     * citations, as in the hand-made example models where every fact cites its source.
     */
    public static final Mix STANDARD = new Mix(5, 2, 4, 2, 6, 3, 1);

    /** Checks the ranges documented on the components. */
    public Mix {
        check("authoritiesPerJurisdiction", authoritiesPerJurisdiction, 4, 9); //$NON-NLS-1$
        check("operatorsPerJurisdiction", operatorsPerJurisdiction, 1, 10); //$NON-NLS-1$
        check("jurisdictionsPerProvider", jurisdictionsPerProvider, 1, 100); //$NON-NLS-1$
        check("servicesPerProvider", servicesPerProvider, 1, 6); //$NON-NLS-1$
        check("criminalisationsPerJurisdiction", criminalisationsPerJurisdiction, 1, OFFENCES); //$NON-NLS-1$
        check("practicesPerJurisdiction", practicesPerJurisdiction, 0, 20); //$NON-NLS-1$
        check("scenarioPairsPerJurisdiction", scenarioPairsPerJurisdiction, 0, 10); //$NON-NLS-1$
    }

    private static void check(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ": " + value); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }
}
