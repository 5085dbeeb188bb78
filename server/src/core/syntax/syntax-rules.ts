/**
 * Syntax: what the parser finds (core/syntax/parser.ts, lexer.ts). Its codes are detected there;
 * their metadata, message templates and quick-fix titles are here, with the words the parser puts
 * in them (`SYNTAX_WORDS`: what a token is, what a missing value is).
 */
import { defineRules, gridLines as H, type RuleDefinition } from '../diagnostics/rule-definition';
import type { Template } from '../diagnostics/messages';

/** The codes the parser may report. */
export type SyntaxCode = keyof typeof SYNTAX_RULES;

export const SYNTAX_RULES = defineRules({
  GR000: {
    severity: 'error',
    category: 'syntaxe',
    fast: true,
    title: "Erreur interne de l'analyseur",
    titleEn: 'Internal parser error',
    description: "L'analyseur a rencontré un cas imprévu. Le fichier n'est pas perdu ; signalez le fichier qui le provoque.",
    bad: '',
    good: H(['poste "Soins courants"', '  consultation generaliste 100 % BR']),
    messages: { default: { fr: "Erreur interne de l'analyseur : {reason}", en: 'Internal parser error: {reason}' } },
  },
  GR001: {
    severity: 'error',
    category: 'syntaxe',
    fast: true,
    title: 'Caractère inattendu',
    titleEn: 'Unexpected character',
    description: "Un caractère qui n'appartient pas au langage (ex. `@`, `$`).",
    bad: H(['poste "Soins courants"', '  consultation generaliste 100 % BR @']),
    good: H(['poste "Soins courants"', '  consultation generaliste 100 % BR']),
    messages: { default: { fr: 'Caractère inattendu « {character} ».', en: 'Unexpected character « {character} ».' } },
  },
  GR002: {
    severity: 'error',
    category: 'syntaxe',
    fast: true,
    title: 'Chaîne non fermée',
    titleEn: 'Unterminated string',
    description: 'Un nom entre guillemets doit se fermer sur la même ligne.',
    bad: H(['poste "Soins courants', '  consultation generaliste 100 % BR']),
    good: H(['poste "Soins courants"', '  consultation generaliste 100 % BR']),
    messages: { default: { fr: 'Chaîne non fermée : ajoutez le guillemet final.', en: 'Unterminated string: add the closing quote.' } },
  },
  GR003: {
    severity: 'error',
    category: 'syntaxe',
    fast: true,
    title: 'Nombre mal formé',
    titleEn: 'Malformed number',
    description: 'Un nombre avec deux séparateurs décimaux (`1,2,3`).',
    bad: H(['poste "Soins courants"', '  osteopathie 1,2,3 € par seance']),
    good: H(['poste "Soins courants"', '  osteopathie 40 € par seance']),
    messages: { default: { fr: 'Nombre mal formé « {number} ».', en: 'Malformed number « {number} ».' } },
  },
  GR004: {
    severity: 'error',
    category: 'syntaxe',
    fast: true,
    title: 'Date inexistante ou hors limites',
    titleEn: 'Invalid or out-of-range date',
    description:
      "Une date qui n'existe pas au calendrier (`2026-02-30`), ou dont l'année est hors des années que le langage calcule (1900 à 2100) : la date n'est pas utilisée, l'exemple n'est pas calculé.",
    bad: H(['poste "Soins courants"', '  consultation generaliste 100 % BR', 'exemple "x"', '  acte consultation generaliste prix 30 € date 2026-02-30']),
    good: H(['poste "Soins courants"', '  consultation generaliste 100 % BR', 'exemple "x"', '  acte consultation generaliste prix 30 € date 2026-02-28']),
    messages: {
      default: { fr: 'Date inexistante « {date} ».', en: 'Date « {date} » does not exist.' },
      outOfRange: {
        fr: 'Date « {date} » hors des années prises en charge ({firstYear} à {lastYear}).',
        en: 'Date « {date} » outside the supported years ({firstYear} to {lastYear}).',
      },
    },
  },
  GR005: {
    severity: 'error',
    category: 'syntaxe',
    fast: true,
    title: 'Élément inattendu',
    titleEn: 'Unexpected token',
    description: 'La ligne contient un élément qui ne peut pas venir à cet endroit.',
    bad: H(['poste "Soins courants"', '  consultation generaliste 100 % BR 100 % BR']),
    good: H(['poste "Soins courants"', '  consultation generaliste 100 % BR + 10 €']),
    messages: {
      default: { fr: '{found} inattendu ici.', en: '{found} unexpected here.' },
      unrecognisedLine: {
        fr: 'Ligne non reconnue : elle doit commencer par un mot-clé (contrat, poste, option, exemple…) ou un acte.',
        en: 'Unrecognised line: it must start with a keyword (contrat, poste, option, exemple…) or an act.',
      },
      afterSectionName: {
        fr: '{found} inattendu après le nom du poste (seul un plafond commun est permis).',
        en: '{found} unexpected after the section name (only a shared cap is allowed).',
      },
      actAttribute: {
        fr: "Attribut de l'acte attendu (secteur, prix, date…), trouvé {found}.",
        en: 'Act attribute expected (secteur, prix, date…), found {found}.',
      },
      secteur2: { fr: 'Un médecin de secteur 2 est conventionné.', en: 'A secteur 2 doctor is conventionné.' },
      betweenTerms: {
        fr: '{found} inattendu : séparez les termes par « + » ou commencez une colonne (dptam, non_dptam, non_conventionne).',
        en: '{found} unexpected: join terms with « + » or start a column (dptam, non_dptam, non_conventionne).',
      },
      afterCoverage: {
        fr: '{found} inattendu après la garantie : une limite (« 4 séances par an », « dans la limite de 100 € par an ») ou une colonne de secteur est attendue.',
        en: '{found} unexpected after the coverage: a limit (« 4 séances par an », « dans la limite de 100 € par an ») or a sector column is expected.',
      },
      coverage: {
        fr: 'Garantie attendue (ex. « 150 % BR », « TM », « 100 % FR », « 40 € par séance »), trouvé {found}.',
        en: 'Coverage expected (e.g. « 150 % BR », « TM », « 100 % FR », « 40 € par séance »), found {found}.',
      },
      sante100: { fr: "« 100 % Santé » s'écrit avec 100.", en: '« 100 % Santé » is written with 100.' },
      only100: {
        fr: '« % {what} » se couvre en entier : écrivez « 100 % {what} ».',
        en: '« % {what} » is covered whole: write « 100 % {what} ».',
      },
      typicalPrice: {
        fr: '« prix typique » se met sur une ligne de garantie, après la garantie (« osteopathie 40 € par seance, prix typique 60 € »).',
        en: '« prix typique » goes on a guarantee line, after the coverage (« osteopathie 40 € par seance, prix typique 60 € »).',
      },
      limit: { fr: 'Limite attendue, trouvé {found}.', en: 'Limit expected, found {found}.' },
      countPerYear: {
        fr: 'Une limite de nombre se compte par an : « {count} {unit} par an ».',
        en: 'A count limit is per year: « {count} {unit} par an ».',
      },
    },
  },
  GR006: {
    severity: 'error',
    category: 'syntaxe',
    fast: true,
    title: 'Valeur attendue manquante',
    titleEn: 'Missing value',
    description: "Un mot-clé n'est pas suivi de la valeur qu'il demande (ex. `prix` sans montant, une ligne sans garantie).",
    bad: H(['poste "Soins courants"', '  consultation generaliste']),
    good: H(['poste "Soins courants"', '  consultation generaliste 100 % BR']),
    messages: {
      default: { fr: '{what} attendu, trouvé {found}.', en: '{what} expected, found {found}.' },
      coverageForAct: {
        fr: 'Garantie attendue pour « {act} » (ex. 100 % BR, 40 € par séance, 100 % FR), sur la ligne ou sur les lignes suivantes.',
        en: 'Coverage expected for « {act} » (e.g. 100 % BR, 40 € par séance, 100 % FR), on the line or on the following lines.',
      },
      contractName: {
        fr: 'Nom du contrat attendu entre guillemets : contrat "Santé Essentiel".',
        en: 'Contract name expected in quotes: contrat "Santé Essentiel".',
      },
      sectionName: {
        fr: 'Nom du poste entre guillemets : poste "Soins courants".',
        en: 'Section name expected in quotes: poste "Soins courants".',
      },
      optionName: {
        fr: 'Nom de l\'option entre guillemets : option "Confort".',
        en: 'Option name expected in quotes: option "Confort".',
      },
      formulaName: {
        fr: 'Nom de la formule entre guillemets : formule "Option 1".',
        en: 'Formula name expected in quotes: formule "Option 1".',
      },
      emptyCell: {
        fr: 'Cellule vide : écrivez la garantie de cette formule, ou « - » si elle ne couvre pas cet acte.',
        en: "Empty cell: write this formula's coverage, or « - » when it does not cover this act.",
      },
      formulaWord: {
        fr: 'Après le nom de la formule : « responsable », « non_responsable », « inclut_socle » ou « en_sus_du_socle » attendu, trouvé {found}.',
        en: 'After the formula name: « responsable », « non_responsable », « inclut_socle » or « en_sus_du_socle » expected, found {found}.',
      },
      exampleName: {
        fr: 'Titre de l\'exemple entre guillemets : exemple "Généraliste à 50 €".',
        en: 'Example title expected in quotes: exemple "Généraliste à 50 €".',
      },
      oneOfTwo: {
        fr: '{what} : « {first} » ou « {second} » attendu, trouvé {found}{didYouMean}.',
        en: '{what}: « {first} » or « {second} » expected, found {found}{didYouMean}.',
      },
      stackingMode: {
        fr: "Mode d'empilement attendu : « inclut_socle » ou « en_sus_du_socle », trouvé {found}.",
        en: 'Stacking mode expected: « inclut_socle » or « en_sus_du_socle », found {found}.',
      },
      exampleAct: { fr: "Nom de l'acte attendu après « acte ».", en: 'Act name expected after « acte ».' },
      sector: { fr: 'Secteur attendu : 1, 2 ou 3, trouvé {found}.', en: 'Sector expected: 1, 2 or 3, found {found}.' },
      amount: { fr: '{what} en euros attendu, trouvé {found}.', en: '{what} in euros expected, found {found}.' },
      euro: { fr: '« € » après {what} attendu, trouvé {found}.', en: '{what}: « € » expected after the amount, found {found}.' },
      guaranteeAct: {
        fr: "Nom d'acte attendu en début de ligne de garantie (ex. « consultation generaliste 150 % BR »).",
        en: 'Act name expected at the start of a guarantee line (e.g. « consultation generaliste 150 % BR »).',
      },
      percentOrEuro: {
        fr: '« % » ou « € » attendu après {number}, trouvé {found}.',
        en: '« % » or « € » expected after {number}, found {found}.',
      },
      carenceUnit: {
        fr: '« mois » ou « jours » attendu après la durée de carence, trouvé {found}.',
        en: '« mois » or « jours » expected after the waiting period, found {found}.',
      },
      perYear: { fr: '« par an » attendu après le nombre de {unit}.', en: '« par an » expected after the number of {unit}.' },
      renewalYears: {
        fr: '« ans » attendu dans « tous les N ans », trouvé {found}.',
        en: '« ans » expected in « tous les N ans », found {found}.',
      },
    },
    fixes: { replace: { fr: 'Remplacer par « {word} »', en: 'Replace with « {word} »' } },
  },
  GR007: {
    severity: 'error',
    category: 'syntaxe',
    fast: true,
    title: 'Ligne de suite sans ligne de garantie',
    titleEn: 'Continuation line without a guarantee line',
    description: "Une ligne qui commence par une colonne de secteur ou une limite continue la ligne de garantie au-dessus ; il n'y en a pas.",
    bad: H(['poste "Soins courants"', '  dptam 150 % BR']),
    good: H(['poste "Soins courants"', '  consultation generaliste', '    dptam 150 % BR', '    non_dptam 130 % BR']),
    messages: { default: { fr: 'Ligne de suite sans ligne de garantie au-dessus.', en: 'Continuation line without a guarantee line above.' } },
  },
  GR008: {
    severity: 'error',
    category: 'syntaxe',
    fast: true,
    title: 'En-tête ou étape mal placé',
    titleEn: 'Misplaced header or step',
    description: "Un attribut d'en-tête hors de l'en-tête, un second « contrat », ou une étape d'exemple (`acte`, `attendu`) hors d'un bloc `exemple`.",
    bad: H(['poste "Soins courants"', '  consultation generaliste 100 % BR', 'acte consultation generaliste prix 30 €']),
    good: H(['poste "Soins courants"', '  consultation generaliste 100 % BR', 'exemple "Consultation"', '  acte consultation generaliste prix 30 €']),
    messages: {
      default: { fr: '« {keyword} » doit suivre la ligne « contrat ».', en: '« {keyword} » must follow the « contrat » line.' },
      secondHeader: { fr: 'Un seul en-tête « contrat » par fichier.', en: 'Only one « contrat » header per file.' },
      headerNotFirst: { fr: "L'en-tête « contrat » doit être en tête du fichier.", en: 'The « contrat » header must come first in the file.' },
      formulaNotFirst: {
        fr: "Les lignes « formule » se déclarent après l'en-tête « contrat », avant le premier poste.",
        en: '« formule » lines are declared after the « contrat » header, before the first section.',
      },
      exampleStep: {
        fr: "« {keyword} » n'est permis que dans un bloc « exemple ».",
        en: '« {keyword} » is only allowed in an « exemple » block.',
      },
    },
  },
  GR009: {
    severity: 'error',
    category: 'syntaxe',
    fast: true,
    title: 'Mot-clé inconnu',
    titleEn: 'Unknown keyword',
    description: 'Un mot-clé mal orthographié ; le message propose le plus proche.',
    bad: H(['poste "Soins courants"', '  consultation generaliste 100 % BR', 'exemple "x"', '  acte consultation generaliste secteur 1 pri 30 €']),
    good: H(['poste "Soins courants"', '  consultation generaliste 100 % BR', 'exemple "x"', '  acte consultation generaliste secteur 1 prix 30 €']),
    messages: {
      default: { fr: 'Attribut inconnu « {word} »{didYouMean}.', en: 'Unknown attribute « {word} »{didYouMean}.' },
      exampleLine: {
        fr: 'Ligne inattendue dans un exemple : « {word} »{didYouMean}.',
        en: 'Unexpected line in an example: « {word} »{didYouMean}.',
      },
      headerAttribute: { fr: "Attribut d'en-tête inconnu {found}{didYouMean}.", en: 'Unknown header attribute {found}{didYouMean}.' },
      condition: {
        fr: 'Condition inconnue « {word} »{didYouMean} : âge (enfant, adulte, moins de 16 ans), séjour (médecine, chirurgie, psychiatrie, SSR, ambulatoire, maternité), établissement (conventionné), ALD. Le mot est ignoré.',
        en: 'Unknown condition « {word} »{didYouMean}: age (enfant, adulte, moins de 16 ans), stay (médecine, chirurgie, psychiatrie, SSR, ambulatoire, maternité), establishment (conventionné), ALD. The word is ignored.',
      },
      stay: {
        fr: 'Type de séjour attendu (mco, psychiatrie, ssr, ambulatoire, maternite), trouvé {found}{didYouMean}.',
        en: 'Kind of stay expected (mco, psychiatrie, ssr, ambulatoire, maternite), found {found}{didYouMean}.',
      },
      regime: {
        fr: 'Régime attendu (general, local ou alsace_moselle), trouvé {found}{didYouMean}.',
        en: 'Régime expected (general, local or alsace_moselle), found {found}{didYouMean}.',
      },
      territory: {
        fr: 'Lieu des soins attendu (metropole, guadeloupe, martinique, guyane, reunion, mayotte), trouvé {found}{didYouMean}.',
        en: 'Place of care expected (metropole, guadeloupe, martinique, guyane, reunion, mayotte), found {found}{didYouMean}.',
      },
      expectedField: {
        fr: '« secu », « mutuelle » ou « reste » attendu, trouvé {found}{didYouMean}.',
        en: '« secu », « mutuelle » or « reste » expected, found {found}{didYouMean}.',
      },
    },
    fixes: { replace: { fr: 'Remplacer par « {word} »', en: 'Replace with « {word} »' } },
  },
  GR010: {
    severity: 'error',
    category: 'syntaxe',
    fast: true,
    title: 'Unité inconnue',
    titleEn: 'Unknown unit',
    description: 'Après `%` il faut BR, FR, PMSS ou Santé ; après `par`, une unité (séance, jour, an…). Le message propose la plus proche.',
    bad: H(['poste "Soins courants"', '  consultation generaliste dptam 150 % BX   non_dptam 130 % BR']),
    good: H(['poste "Soins courants"', '  consultation generaliste dptam 150 % BR   non_dptam 130 % BR']),
    messages: {
      default: { fr: 'Unité inconnue « {unit} » après « % »{didYouMean}.', en: 'Unknown unit « {unit} » after « % »{didYouMean}.' },
      afterPer: { fr: 'Unité inconnue {found} après « {per} »{didYouMean}.', en: 'Unknown unit {found} after « {per} »{didYouMean}.' },
    },
    fixes: { replace: { fr: 'Remplacer par « {word} »', en: 'Replace with « {word} »' } },
  },
  GR011: {
    severity: 'warning',
    category: 'syntaxe',
    fast: true,
    title: 'Nombre ambigu',
    titleEn: 'Ambiguous number',
    description:
      "Un point suivi d'exactement trois chiffres (`1.000 €`) peut être un séparateur des milliers (1 000 €) ou des décimales (1,000 €). Grille le lit comme des décimales ; écrivez le montant sans ambiguïté. Pas de correction automatique : seul l'auteur sait ce qu'il voulait dire.",
    bad: H(['poste "Aides auditives"', '  aide auditive classe ii 100 % BR + 1.000 € par oreille, 1 equipement tous les 4 ans']),
    good: H(['poste "Aides auditives"', '  aide auditive classe ii 100 % BR + 1 000 € par oreille, 1 equipement tous les 4 ans']),
    messages: {
      default: {
        fr: '« {number} » est ambigu : séparateur des milliers ({integer} {decimals}) ou décimales ({integer},{decimals}) ? Il est lu {integer},{decimals} ; écrivez « {integer} {decimals} » ou « {integer},{decimals} ».',
        en: '« {number} » is ambiguous: thousands separator ({integer}{decimals}) or decimals ({integer}.{decimals})? It is read as {integer}.{decimals}; write « {integer} {decimals} » or « {integer},{decimals} ».',
      },
    },
  },
  GR012: {
    severity: 'error',
    category: 'syntaxe',
    fast: true,
    title: 'Nombre hors limites',
    titleEn: 'Number out of range',
    description:
      "Un nombre de plus de 9 chiffres avant la virgule (1 000 000 000 ou plus) ou de plus de 6 décimales. Le moteur calcule exactement tout nombre dans ces limites ; au-delà, la ligne n'est pas lue plutôt que calculée faux.",
    bad: H(['poste "Soins courants"', '  osteopathie 40 000 000 000 € par seance']),
    good: H(['poste "Soins courants"', '  osteopathie 40 € par seance']),
    messages: {
      default: {
        fr: "Nombre « {number} » hors limites : au plus {integerDigits} chiffres avant la virgule et {fractionDigits} après. La ligne n'est pas calculée.",
        en: 'Number « {number} » out of range: at most {integerDigits} digits before the decimal separator and {fractionDigits} after. The line is not computed.',
      },
      long: {
        fr: "Nombre « {start}… ({length} caractères) » hors limites : au plus {integerDigits} chiffres avant la virgule et {fractionDigits} après. La ligne n'est pas calculée.",
        en: 'Number « {start}… ({length} characters) » out of range: at most {integerDigits} digits before the decimal separator and {fractionDigits} after. The line is not computed.',
      },
    },
  },
});

/** The codes whose finding may offer its suggested word in place of the written one (`SyntaxError.replacement`). */
export type ReplacingCode = { [Code in SyntaxCode]: (typeof SYNTAX_RULES)[Code] extends { fixes: { replace: Template } } ? Code : never }[SyntaxCode];

export function canReplace(code: SyntaxCode): code is ReplacingCode {
  const rule: RuleDefinition = SYNTAX_RULES[code];
  return rule.fixes?.['replace'] !== undefined;
}

/** The words the parser's messages are filled with. */
export const SYNTAX_WORDS = {
  /** What was found instead (`{found}`), by token kind. */
  endOfLine: { fr: 'la fin de la ligne', en: 'the end of the line' },
  string: { fr: 'la chaîne "{value}"', en: 'the string "{value}"' },
  token: { fr: '« {text} »', en: '« {text} »' },
  /** After a mistyped word (`{didYouMean}`), or nothing when no word is close. */
  didYouMean: { fr: ' (vouliez-vous dire « {word} » ?)', en: ' (did you mean « {word} »?)' },
  noSuggestion: { fr: '', en: '' },
  /** The value a keyword asks for (`{what}` of GR006). */
  insurer: { fr: "Nom de l'organisme entre guillemets", en: 'Insurer name in quotes' },
  millesime: { fr: 'Année du millésime', en: 'Vintage year' },
  effectiveDate: { fr: "Date d'effet (aaaa-mm-jj ou jj/mm/aaaa)", en: 'Effective date (yyyy-mm-dd or dd/mm/yyyy)' },
  contractType: { fr: 'Type de contrat', en: 'Contract type' },
  headerBasis: { fr: 'Base des lignes « % BR »', en: 'Basis of the « % BR » lines' },
  yearMode: { fr: 'Période des limites annuelles', en: 'Period of the annual limits' },
  pmssYear: { fr: 'Année du PMSS', en: 'Year of the PMSS' },
  percentBase: { fr: 'Base des pourcentages', en: 'What the percentages are of' },
  repeat: { fr: 'Nombre de répétitions', en: 'Number of repetitions' },
  careDate: { fr: 'Date des soins (aaaa-mm-jj ou jj/mm/aaaa)', en: 'Date of care (yyyy-mm-dd or dd/mm/yyyy)' },
  adhesionDate: { fr: "Date d'adhésion (aaaa-mm-jj ou jj/mm/aaaa)", en: 'Membership start date (yyyy-mm-dd or dd/mm/yyyy)' },
  quantity: { fr: 'Quantité', en: 'Quantity' },
  age: { fr: 'Âge en années', en: 'Age in years' },
  optionName: { fr: "Nom de l'option entre guillemets", en: 'Option name in quotes' },
  formulaName: { fr: 'Nom de la formule entre guillemets', en: 'Formula name in quotes' },
  establishment: { fr: 'Établissement', en: 'Establishment' },
  beneficiary: { fr: 'Nom du bénéficiaire entre guillemets', en: 'Beneficiary name in quotes' },
  stayName: { fr: 'Nom du séjour entre guillemets', en: 'Stay name in quotes' },
  poolName: { fr: 'Nom du forfait commun entre guillemets', en: 'Name of the shared allowance in quotes' },
  amountOrCount: { fr: 'Montant ou nombre', en: 'Amount or number' },
  carence: { fr: 'Durée de la carence', en: 'Length of the waiting period' },
  closingParen: { fr: '« ) »', en: '« ) »' },
  /** The amounts written with `€` (`{what}` of GR006 `amount` and `euro`). */
  price: { fr: 'Prix', en: 'Price' },
  br: { fr: 'Base de remboursement', en: 'Reimbursement basis (BR)' },
  allowance: { fr: 'Montant du forfait', en: 'Allowance amount' },
  cap: { fr: 'Plafond', en: 'Cap' },
  typicalPrice: { fr: 'Prix typique', en: 'Typical price' },
  expectedAmount: { fr: 'Montant « {field} »', en: 'Amount « {field} »' },
  /** `« par an » attendu après le nombre de fois` when the count has no unit. */
  times: { fr: 'fois', en: 'times' },
} as const satisfies Record<string, Template>;
