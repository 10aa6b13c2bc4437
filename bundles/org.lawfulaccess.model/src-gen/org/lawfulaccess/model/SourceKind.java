/**
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Source Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What kind of document a source is; rules weigh facts by it.
 * <!-- end-model-doc -->
 * @see org.lawfulaccess.model.LawfulPackage#getSourceKind()
 * @model
 * @generated
 */
public enum SourceKind implements Enumerator {
	/**
	 * The '<em><b>OFFICIAL TEXT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Primary legal text: treaty, statute, regulation, official journal.
	 * <!-- end-model-doc -->
	 * @see #OFFICIAL_TEXT_VALUE
	 * @generated
	 * @ordered
	 */
	OFFICIAL_TEXT(0, "OFFICIAL_TEXT", "OFFICIAL_TEXT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>OFFICIAL ANSWER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An official statement of a government body, e.g. a minister's answer to a parliamentary question.
	 * <!-- end-model-doc -->
	 * @see #OFFICIAL_ANSWER_VALUE
	 * @generated
	 * @ordered
	 */
	OFFICIAL_ANSWER(1, "OFFICIAL_ANSWER", "OFFICIAL_ANSWER"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PRESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A press article.
	 * <!-- end-model-doc -->
	 * @see #PRESS_VALUE
	 * @generated
	 * @ordered
	 */
	PRESS(2, "PRESS", "PRESS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>COMMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A comment, opinion or reader contribution; weaker than the body of an article.
	 * <!-- end-model-doc -->
	 * @see #COMMENT_VALUE
	 * @generated
	 * @ordered
	 */
	COMMENT(3, "COMMENT", "COMMENT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ANALYST ASSUMPTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Something the analyst assumed because no source states it.
	 * <!-- end-model-doc -->
	 * @see #ANALYST_ASSUMPTION_VALUE
	 * @generated
	 * @ordered
	 */
	ANALYST_ASSUMPTION(4, "ANALYST_ASSUMPTION", "ANALYST_ASSUMPTION"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>OFFICIAL TEXT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Primary legal text: treaty, statute, regulation, official journal.
	 * <!-- end-model-doc -->
	 * @see #OFFICIAL_TEXT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OFFICIAL_TEXT_VALUE = 0;

	/**
	 * The '<em><b>OFFICIAL ANSWER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An official statement of a government body, e.g. a minister's answer to a parliamentary question.
	 * <!-- end-model-doc -->
	 * @see #OFFICIAL_ANSWER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OFFICIAL_ANSWER_VALUE = 1;

	/**
	 * The '<em><b>PRESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A press article.
	 * <!-- end-model-doc -->
	 * @see #PRESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRESS_VALUE = 2;

	/**
	 * The '<em><b>COMMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A comment, opinion or reader contribution; weaker than the body of an article.
	 * <!-- end-model-doc -->
	 * @see #COMMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMMENT_VALUE = 3;

	/**
	 * The '<em><b>ANALYST ASSUMPTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Something the analyst assumed because no source states it.
	 * <!-- end-model-doc -->
	 * @see #ANALYST_ASSUMPTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ANALYST_ASSUMPTION_VALUE = 4;

	/**
	 * An array of all the '<em><b>Source Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SourceKind[] VALUES_ARRAY =
		new SourceKind[] {
			OFFICIAL_TEXT,
			OFFICIAL_ANSWER,
			PRESS,
			COMMENT,
			ANALYST_ASSUMPTION,
		};

	/**
	 * A public read-only list of all the '<em><b>Source Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SourceKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Source Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SourceKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SourceKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Source Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SourceKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SourceKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Source Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SourceKind get(int value) {
		switch (value) {
			case OFFICIAL_TEXT_VALUE: return OFFICIAL_TEXT;
			case OFFICIAL_ANSWER_VALUE: return OFFICIAL_ANSWER;
			case PRESS_VALUE: return PRESS;
			case COMMENT_VALUE: return COMMENT;
			case ANALYST_ASSUMPTION_VALUE: return ANALYST_ASSUMPTION;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private SourceKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //SourceKind
