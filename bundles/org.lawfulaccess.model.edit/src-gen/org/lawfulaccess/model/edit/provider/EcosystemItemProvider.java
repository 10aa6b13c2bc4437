/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model.edit.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.lawfulaccess.model.Ecosystem;
import org.lawfulaccess.model.LawfulFactory;
import org.lawfulaccess.model.LawfulPackage;

/**
 * This is the item provider adapter for a {@link org.lawfulaccess.model.Ecosystem} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class EcosystemItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EcosystemItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addAsOfPropertyDescriptor(object);
			addFormatVersionPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the As Of feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAsOfPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Ecosystem_asOf_feature"), //$NON-NLS-1$
				 getString("_UI_Ecosystem_asOf_description"), //$NON-NLS-1$
				 LawfulPackage.Literals.ECOSYSTEM__AS_OF,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_ValidityPropertyCategory"), //$NON-NLS-1$
				 null));
	}

	/**
	 * This adds a property descriptor for the Format Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFormatVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Ecosystem_formatVersion_feature"), //$NON-NLS-1$
				 getString("_UI_Ecosystem_formatVersion_description"), //$NON-NLS-1$
				 LawfulPackage.Literals.ECOSYSTEM__FORMAT_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_IdentityPropertyCategory"), //$NON-NLS-1$
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(LawfulPackage.Literals.ECOSYSTEM__SOURCES);
			childrenFeatures.add(LawfulPackage.Literals.ECOSYSTEM__JURISDICTIONS);
			childrenFeatures.add(LawfulPackage.Literals.ECOSYSTEM__GROUPS);
			childrenFeatures.add(LawfulPackage.Literals.ECOSYSTEM__ACTORS);
			childrenFeatures.add(LawfulPackage.Literals.ECOSYSTEM__SERVICES);
			childrenFeatures.add(LawfulPackage.Literals.ECOSYSTEM__INSTRUMENTS);
			childrenFeatures.add(LawfulPackage.Literals.ECOSYSTEM__OFFENCES);
			childrenFeatures.add(LawfulPackage.Literals.ECOSYSTEM__FACTS);
			childrenFeatures.add(LawfulPackage.Literals.ECOSYSTEM__SCENARIOS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Ecosystem.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Ecosystem")); //$NON-NLS-1$
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Ecosystem)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Ecosystem_type") : //$NON-NLS-1$
			getString("_UI_Ecosystem_type") + " " + label; //$NON-NLS-1$ //$NON-NLS-2$
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Ecosystem.class)) {
			case LawfulPackage.ECOSYSTEM__AS_OF:
			case LawfulPackage.ECOSYSTEM__FORMAT_VERSION:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case LawfulPackage.ECOSYSTEM__SOURCES:
			case LawfulPackage.ECOSYSTEM__JURISDICTIONS:
			case LawfulPackage.ECOSYSTEM__GROUPS:
			case LawfulPackage.ECOSYSTEM__ACTORS:
			case LawfulPackage.ECOSYSTEM__SERVICES:
			case LawfulPackage.ECOSYSTEM__INSTRUMENTS:
			case LawfulPackage.ECOSYSTEM__OFFENCES:
			case LawfulPackage.ECOSYSTEM__FACTS:
			case LawfulPackage.ECOSYSTEM__SCENARIOS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(LawfulPackage.Literals.ECOSYSTEM__SOURCES,
				 LawfulFactory.eINSTANCE.createSource()));

		newChildDescriptors.add
			(createChildParameter
				(LawfulPackage.Literals.ECOSYSTEM__JURISDICTIONS,
				 LawfulFactory.eINSTANCE.createJurisdiction()));

		newChildDescriptors.add
			(createChildParameter
				(LawfulPackage.Literals.ECOSYSTEM__GROUPS,
				 LawfulFactory.eINSTANCE.createCorporateGroup()));

		newChildDescriptors.add
			(createChildParameter
				(LawfulPackage.Literals.ECOSYSTEM__ACTORS,
				 LawfulFactory.eINSTANCE.createAuthority()));

		newChildDescriptors.add
			(createChildParameter
				(LawfulPackage.Literals.ECOSYSTEM__ACTORS,
				 LawfulFactory.eINSTANCE.createProvider()));

		newChildDescriptors.add
			(createChildParameter
				(LawfulPackage.Literals.ECOSYSTEM__ACTORS,
				 LawfulFactory.eINSTANCE.createTelecomOperator()));

		newChildDescriptors.add
			(createChildParameter
				(LawfulPackage.Literals.ECOSYSTEM__ACTORS,
				 LawfulFactory.eINSTANCE.createOrganisation()));

		newChildDescriptors.add
			(createChildParameter
				(LawfulPackage.Literals.ECOSYSTEM__SERVICES,
				 LawfulFactory.eINSTANCE.createService()));

		newChildDescriptors.add
			(createChildParameter
				(LawfulPackage.Literals.ECOSYSTEM__INSTRUMENTS,
				 LawfulFactory.eINSTANCE.createInstrument()));

		newChildDescriptors.add
			(createChildParameter
				(LawfulPackage.Literals.ECOSYSTEM__INSTRUMENTS,
				 LawfulFactory.eINSTANCE.createDomesticObligation()));

		newChildDescriptors.add
			(createChildParameter
				(LawfulPackage.Literals.ECOSYSTEM__OFFENCES,
				 LawfulFactory.eINSTANCE.createOffence()));

		newChildDescriptors.add
			(createChildParameter
				(LawfulPackage.Literals.ECOSYSTEM__FACTS,
				 LawfulFactory.eINSTANCE.createEstablishment()));

		newChildDescriptors.add
			(createChildParameter
				(LawfulPackage.Literals.ECOSYSTEM__FACTS,
				 LawfulFactory.eINSTANCE.createEncryptionProfile()));

		newChildDescriptors.add
			(createChildParameter
				(LawfulPackage.Literals.ECOSYSTEM__FACTS,
				 LawfulFactory.eINSTANCE.createTelemetry()));

		newChildDescriptors.add
			(createChildParameter
				(LawfulPackage.Literals.ECOSYSTEM__FACTS,
				 LawfulFactory.eINSTANCE.createAccreditation()));

		newChildDescriptors.add
			(createChildParameter
				(LawfulPackage.Literals.ECOSYSTEM__FACTS,
				 LawfulFactory.eINSTANCE.createProvision()));

		newChildDescriptors.add
			(createChildParameter
				(LawfulPackage.Literals.ECOSYSTEM__FACTS,
				 LawfulFactory.eINSTANCE.createMembership()));

		newChildDescriptors.add
			(createChildParameter
				(LawfulPackage.Literals.ECOSYSTEM__FACTS,
				 LawfulFactory.eINSTANCE.createReservation()));

		newChildDescriptors.add
			(createChildParameter
				(LawfulPackage.Literals.ECOSYSTEM__FACTS,
				 LawfulFactory.eINSTANCE.createCriminalisation()));

		newChildDescriptors.add
			(createChildParameter
				(LawfulPackage.Literals.ECOSYSTEM__FACTS,
				 LawfulFactory.eINSTANCE.createRetentionRule()));

		newChildDescriptors.add
			(createChildParameter
				(LawfulPackage.Literals.ECOSYSTEM__FACTS,
				 LawfulFactory.eINSTANCE.createProviderPractice()));

		newChildDescriptors.add
			(createChildParameter
				(LawfulPackage.Literals.ECOSYSTEM__FACTS,
				 LawfulFactory.eINSTANCE.createPointOfContact()));

		newChildDescriptors.add
			(createChildParameter
				(LawfulPackage.Literals.ECOSYSTEM__FACTS,
				 LawfulFactory.eINSTANCE.createUsagePolicy()));

		newChildDescriptors.add
			(createChildParameter
				(LawfulPackage.Literals.ECOSYSTEM__FACTS,
				 LawfulFactory.eINSTANCE.createPosition()));

		newChildDescriptors.add
			(createChildParameter
				(LawfulPackage.Literals.ECOSYSTEM__SCENARIOS,
				 LawfulFactory.eINSTANCE.createScenario()));
	}

}
