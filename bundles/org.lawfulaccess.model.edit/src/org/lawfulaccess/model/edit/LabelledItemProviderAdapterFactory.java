/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model.edit;

import org.eclipse.emf.common.notify.Adapter;
import org.lawfulaccess.model.edit.provider.AccreditationItemProvider;
import org.lawfulaccess.model.edit.provider.AuthorityItemProvider;
import org.lawfulaccess.model.edit.provider.CitationItemProvider;
import org.lawfulaccess.model.edit.provider.CorporateGroupItemProvider;
import org.lawfulaccess.model.edit.provider.CriminalisationItemProvider;
import org.lawfulaccess.model.edit.provider.DomesticObligationItemProvider;
import org.lawfulaccess.model.edit.provider.EcosystemItemProvider;
import org.lawfulaccess.model.edit.provider.EncryptionProfileItemProvider;
import org.lawfulaccess.model.edit.provider.EstablishmentItemProvider;
import org.lawfulaccess.model.edit.provider.InstrumentItemProvider;
import org.lawfulaccess.model.edit.provider.JurisdictionItemProvider;
import org.lawfulaccess.model.edit.provider.MembershipItemProvider;
import org.lawfulaccess.model.edit.provider.OffenceItemProvider;
import org.lawfulaccess.model.edit.provider.OrganisationItemProvider;
import org.lawfulaccess.model.edit.provider.PointOfContactItemProvider;
import org.lawfulaccess.model.edit.provider.PositionItemProvider;
import org.lawfulaccess.model.edit.provider.ProviderItemProvider;
import org.lawfulaccess.model.edit.provider.ProviderPracticeItemProvider;
import org.lawfulaccess.model.edit.provider.ProvisionItemProvider;
import org.lawfulaccess.model.edit.provider.ReservationItemProvider;
import org.lawfulaccess.model.edit.provider.RetentionRuleItemProvider;
import org.lawfulaccess.model.edit.provider.ScenarioItemProvider;
import org.lawfulaccess.model.edit.provider.ServiceItemProvider;
import org.lawfulaccess.model.edit.provider.SourceItemProvider;
import org.lawfulaccess.model.edit.provider.TelecomOperatorItemProvider;
import org.lawfulaccess.model.edit.provider.TelemetryItemProvider;
import org.lawfulaccess.model.edit.provider.UsagePolicyItemProvider;
import org.lawfulaccess.model.edit.provider.LawfulItemProviderAdapterFactory;

/**
 * The item-provider adapter factory the product registers for the Lawful Access metamodel: the
 * generated item providers (children, property descriptors with categories, commands, icons), with
 * the labels of {@link Labels}.
 * <p>
 * It subclasses the generated factory and hands out anonymous subclasses of the generated item
 * providers, so no generated file is edited and the factory remains the root that property
 * descriptors and child providers ask for labels. Every concrete class of the metamodel is listed; a
 * test fails when a new class is missing here.
 */
public class LabelledItemProviderAdapterFactory extends LawfulItemProviderAdapterFactory {

	/** Creates the factory; the registry instantiates it through this constructor. */
	public LabelledItemProviderAdapterFactory() {
		super();
	}

	@Override
	public Adapter createEcosystemAdapter() {
		if (ecosystemItemProvider == null) {
			ecosystemItemProvider = new EcosystemItemProvider(this) {
				@Override
				public String getText(Object object) {
					return Labels.text(object);
				}
			};
		}
		return ecosystemItemProvider;
	}

	@Override
	public Adapter createSourceAdapter() {
		if (sourceItemProvider == null) {
			sourceItemProvider = new SourceItemProvider(this) {
				@Override
				public String getText(Object object) {
					return Labels.text(object);
				}
			};
		}
		return sourceItemProvider;
	}

	@Override
	public Adapter createCitationAdapter() {
		if (citationItemProvider == null) {
			citationItemProvider = new CitationItemProvider(this) {
				@Override
				public String getText(Object object) {
					return Labels.text(object);
				}
			};
		}
		return citationItemProvider;
	}

	@Override
	public Adapter createJurisdictionAdapter() {
		if (jurisdictionItemProvider == null) {
			jurisdictionItemProvider = new JurisdictionItemProvider(this) {
				@Override
				public String getText(Object object) {
					return Labels.text(object);
				}
			};
		}
		return jurisdictionItemProvider;
	}

	@Override
	public Adapter createAuthorityAdapter() {
		if (authorityItemProvider == null) {
			authorityItemProvider = new AuthorityItemProvider(this) {
				@Override
				public String getText(Object object) {
					return Labels.text(object);
				}
			};
		}
		return authorityItemProvider;
	}

	@Override
	public Adapter createProviderAdapter() {
		if (providerItemProvider == null) {
			providerItemProvider = new ProviderItemProvider(this) {
				@Override
				public String getText(Object object) {
					return Labels.text(object);
				}
			};
		}
		return providerItemProvider;
	}

	@Override
	public Adapter createTelecomOperatorAdapter() {
		if (telecomOperatorItemProvider == null) {
			telecomOperatorItemProvider = new TelecomOperatorItemProvider(this) {
				@Override
				public String getText(Object object) {
					return Labels.text(object);
				}
			};
		}
		return telecomOperatorItemProvider;
	}

	@Override
	public Adapter createOrganisationAdapter() {
		if (organisationItemProvider == null) {
			organisationItemProvider = new OrganisationItemProvider(this) {
				@Override
				public String getText(Object object) {
					return Labels.text(object);
				}
			};
		}
		return organisationItemProvider;
	}

	@Override
	public Adapter createCorporateGroupAdapter() {
		if (corporateGroupItemProvider == null) {
			corporateGroupItemProvider = new CorporateGroupItemProvider(this) {
				@Override
				public String getText(Object object) {
					return Labels.text(object);
				}
			};
		}
		return corporateGroupItemProvider;
	}

	@Override
	public Adapter createEstablishmentAdapter() {
		if (establishmentItemProvider == null) {
			establishmentItemProvider = new EstablishmentItemProvider(this) {
				@Override
				public String getText(Object object) {
					return Labels.text(object);
				}
			};
		}
		return establishmentItemProvider;
	}

	@Override
	public Adapter createServiceAdapter() {
		if (serviceItemProvider == null) {
			serviceItemProvider = new ServiceItemProvider(this) {
				@Override
				public String getText(Object object) {
					return Labels.text(object);
				}
			};
		}
		return serviceItemProvider;
	}

	@Override
	public Adapter createEncryptionProfileAdapter() {
		if (encryptionProfileItemProvider == null) {
			encryptionProfileItemProvider = new EncryptionProfileItemProvider(this) {
				@Override
				public String getText(Object object) {
					return Labels.text(object);
				}
			};
		}
		return encryptionProfileItemProvider;
	}

	@Override
	public Adapter createTelemetryAdapter() {
		if (telemetryItemProvider == null) {
			telemetryItemProvider = new TelemetryItemProvider(this) {
				@Override
				public String getText(Object object) {
					return Labels.text(object);
				}
			};
		}
		return telemetryItemProvider;
	}

	@Override
	public Adapter createAccreditationAdapter() {
		if (accreditationItemProvider == null) {
			accreditationItemProvider = new AccreditationItemProvider(this) {
				@Override
				public String getText(Object object) {
					return Labels.text(object);
				}
			};
		}
		return accreditationItemProvider;
	}

	@Override
	public Adapter createInstrumentAdapter() {
		if (instrumentItemProvider == null) {
			instrumentItemProvider = new InstrumentItemProvider(this) {
				@Override
				public String getText(Object object) {
					return Labels.text(object);
				}
			};
		}
		return instrumentItemProvider;
	}

	@Override
	public Adapter createDomesticObligationAdapter() {
		if (domesticObligationItemProvider == null) {
			domesticObligationItemProvider = new DomesticObligationItemProvider(this) {
				@Override
				public String getText(Object object) {
					return Labels.text(object);
				}
			};
		}
		return domesticObligationItemProvider;
	}

	@Override
	public Adapter createProvisionAdapter() {
		if (provisionItemProvider == null) {
			provisionItemProvider = new ProvisionItemProvider(this) {
				@Override
				public String getText(Object object) {
					return Labels.text(object);
				}
			};
		}
		return provisionItemProvider;
	}

	@Override
	public Adapter createMembershipAdapter() {
		if (membershipItemProvider == null) {
			membershipItemProvider = new MembershipItemProvider(this) {
				@Override
				public String getText(Object object) {
					return Labels.text(object);
				}
			};
		}
		return membershipItemProvider;
	}

	@Override
	public Adapter createReservationAdapter() {
		if (reservationItemProvider == null) {
			reservationItemProvider = new ReservationItemProvider(this) {
				@Override
				public String getText(Object object) {
					return Labels.text(object);
				}
			};
		}
		return reservationItemProvider;
	}

	@Override
	public Adapter createOffenceAdapter() {
		if (offenceItemProvider == null) {
			offenceItemProvider = new OffenceItemProvider(this) {
				@Override
				public String getText(Object object) {
					return Labels.text(object);
				}
			};
		}
		return offenceItemProvider;
	}

	@Override
	public Adapter createCriminalisationAdapter() {
		if (criminalisationItemProvider == null) {
			criminalisationItemProvider = new CriminalisationItemProvider(this) {
				@Override
				public String getText(Object object) {
					return Labels.text(object);
				}
			};
		}
		return criminalisationItemProvider;
	}

	@Override
	public Adapter createRetentionRuleAdapter() {
		if (retentionRuleItemProvider == null) {
			retentionRuleItemProvider = new RetentionRuleItemProvider(this) {
				@Override
				public String getText(Object object) {
					return Labels.text(object);
				}
			};
		}
		return retentionRuleItemProvider;
	}

	@Override
	public Adapter createProviderPracticeAdapter() {
		if (providerPracticeItemProvider == null) {
			providerPracticeItemProvider = new ProviderPracticeItemProvider(this) {
				@Override
				public String getText(Object object) {
					return Labels.text(object);
				}
			};
		}
		return providerPracticeItemProvider;
	}

	@Override
	public Adapter createPointOfContactAdapter() {
		if (pointOfContactItemProvider == null) {
			pointOfContactItemProvider = new PointOfContactItemProvider(this) {
				@Override
				public String getText(Object object) {
					return Labels.text(object);
				}
			};
		}
		return pointOfContactItemProvider;
	}

	@Override
	public Adapter createUsagePolicyAdapter() {
		if (usagePolicyItemProvider == null) {
			usagePolicyItemProvider = new UsagePolicyItemProvider(this) {
				@Override
				public String getText(Object object) {
					return Labels.text(object);
				}
			};
		}
		return usagePolicyItemProvider;
	}

	@Override
	public Adapter createPositionAdapter() {
		if (positionItemProvider == null) {
			positionItemProvider = new PositionItemProvider(this) {
				@Override
				public String getText(Object object) {
					return Labels.text(object);
				}
			};
		}
		return positionItemProvider;
	}

	@Override
	public Adapter createScenarioAdapter() {
		if (scenarioItemProvider == null) {
			scenarioItemProvider = new ScenarioItemProvider(this) {
				@Override
				public String getText(Object object) {
					return Labels.text(object);
				}
			};
		}
		return scenarioItemProvider;
	}
}
