/** Meaning rules: lines that say something other than what the author likely meant. */
import { actNames } from '../../catalogue/acts-en';
import Decimal from '../../decimal';
import type { Localized } from '../../diagnostics/messages';
import { defineRules, gridLines as H, reporter } from '../../diagnostics/rule-definition';
import type { ColumnKey, LineModel } from '../../model/grid-model';
import { frenchDate } from '../../present/dates';
import { eurosArg, frenchNumber } from '../../present/money';
import type { Cell, PerUnit, Variant } from '../../syntax/ast';
import { compareDates } from '../../syntax/calendar';
import type { LineIndex, Span } from '../../syntax/text';
import { RuleContext, type RuleCheck } from '../rule-context';
import { inForce } from './obligation-dates';
import { SANTE_100_RULES } from './sante-100';

export const MEANING_RULES = defineRules({
  GR110: {
    severity: 'error',
    category: 'sens',
    fast: true,
    title: 'Paramètre non défini à cette date',
    titleEn: 'Parameter undefined at this date',
    description:
      "La grille utilise un chiffre réglementaire (PMSS, BR, PLV…) qui n'est pas défini pour son millésime dans les paramètres datés : aucun montant n'est calculé plutôt qu'un montant faux. Un constat par paramètre, sur la première ligne qui en a besoin. Quand la grille est datée avant les premières valeurs de plusieurs paramètres (une grille d'un millésime ancien), un seul constat sur l'en-tête le dit, avec la date à partir de laquelle elle se calcule et les paramètres concernés, au lieu d'un constat par paramètre ; les exemples datés avant cette date qui ne se calculent pas en font partie (pas de GR402 pour eux).",
    bad: H(['contrat "Ancien" millesime 2014 responsable base ro_inclus', 'poste "Hospitalisation"', '  chambre particuliere 2 % PMSS par jour']),
    good: H(['contrat "Récent" millesime 2024 responsable base ro_inclus', 'poste "Hospitalisation"', '  chambre particuliere 2 % PMSS par jour']),
    messages: {
      default: {
        fr: 'Paramètre « {label} » ({id}) non défini au {date} : les montants qui en dépendent ne sont pas calculés. Les valeurs connues commencent le {first}.',
        en: 'Parameter « {label} » ({id}) is not defined on {date}: the amounts that depend on it are not computed. Its known values start on {first}.',
      },
      beforeParameters: {
        fr: "Grille datée du {date} : {count} paramètres qu'elle utilise n'ont pas encore de valeur à cette date, les montants qui en dépendent ne sont pas calculés. Elle se calcule à partir du {from}. Premières valeurs connues : {params}.{examples}",
        en: 'Grid dated {date}: {count} parameters it uses have no value yet on that date, so the amounts that depend on them are not computed. It can be computed from {from}. First known values: {params}.{examples}',
      },
    },
  },
  GR113: {
    severity: 'error',
    category: 'sens',
    fast: true,
    title: '« % BR » sur un poste sans base de remboursement',
    titleEn: '"% BR" on an item without a BR',
    description:
      "Les actes hors nomenclature, le forfait journalier, le FPU, la chambre particulière n'ont pas de BR : « 100 % BR » n'y paie rien. Écrivez « 100 % FR » ou un montant en euros.",
    bad: H(['poste "Hospitalisation"', '  forfait journalier 100 % BR']),
    good: H(['poste "Hospitalisation"', '  forfait journalier 100 % FR']),
    source:
      'ameli.fr, « Tableaux récapitulatifs des taux de remboursement » : pas de base de remboursement pour le forfait journalier, le FPU et les actes hors nomenclature',
    messages: {
      default: {
        fr: "Ce terme ne paie rien : « {act} » n'a pas de base de remboursement. Écrivez « 100 % FR » ou un montant en euros.",
        en: 'This term pays nothing: « {act} » has no reimbursement base (BR). Write « 100 % FR » or a euro amount.',
      },
      outsideNomenclature: {
        fr: "Ce terme ne paie rien : un acte hors nomenclature n'a pas de BR. Écrivez « 100 % FR » ou un montant en euros.",
        en: 'This term pays nothing: an act outside the nomenclature has no BR. Write « 100 % FR » or a euro amount.',
      },
    },
    fixes: { replace: { fr: 'Remplacer par « {replacement} »', en: 'Replace with « {replacement} »' } },
  },
  GR114: {
    severity: 'warning',
    category: 'sens',
    fast: true,
    title: 'Optique classe B en « % BR » sans montant en euros',
    titleEn: 'Optical class B in "% BR" without a euro amount',
    description:
      "La BR d'un équipement de classe B est de quelques centimes (3 éléments à la BR d'un élément) : « 300 % BR » y paie quelques centimes. Ajoutez un forfait en euros ; le correctif ajoute le plancher du cas de correction en contrat responsable.",
    bad: H(['poste "Optique"', '  optique classe b verres simples 300 % BR']),
    good: H(['poste "Optique"', '  optique classe b verres simples 100 % BR + 150 € par equipement, 1 equipement tous les 2 ans']),
    source: 'ameli.fr, optique : base de remboursement de 0,05 € par élément en classe B (arrêté du 3 décembre 2018, LPP)',
    params: ['br.optique_classe_b_element', 'cr.optique.*.minimum'],
    messages: {
      default: {
        fr: "La BR d'un équipement de classe B est de {base} : cette ligne ne paie que quelques centimes. Ajoutez un forfait en euros, au moins « + {amount} » (plancher du cas {case}) en contrat responsable).",
        en: 'The BR of a class B device is {base}: this line pays only a few cents. Add a euro amount, at least « + {amount} » (the floor of case {case}) in a responsible contract.',
      },
    },
    fixes: { addAmount: { fr: 'Ajouter « + {amount} »', en: 'Add « + {amount} »' } },
  },
  GR115: {
    severity: 'warning',
    category: 'sens',
    fast: true,
    title: '« % BR » pour un médecin non conventionné',
    titleEn: '"% BR" for a non-contracted doctor',
    description:
      "En secteur 3 la BR est le tarif d'autorité (0,61 € pour un généraliste, 1,22 € pour un spécialiste) : « 200 % BR » paie quelques centimes. Le message donne ce que la ligne paie vraiment.",
    bad: H(['poste "Soins courants"', '  consultation generaliste dptam 200 % BR non_dptam 180 % BR non_conventionne 200 % BR']),
    good: H(['poste "Soins courants"', '  consultation generaliste dptam 200 % BR non_dptam 180 % BR']),
    source: "Arrêté du 1er décembre 2006 (tarifs d'autorité, JORFTEXT000000275557) ; service-public.fr F17042",
    params: ['ta.consultation_generaliste', 'ta.consultation_specialiste', 'ta.actes_techniques'],
    messages: {
      default: {
        fr: "En secteur 3, la BR est le tarif d'autorité de {base} : pour {price} payés, la Sécu rembourse {amo} et cette ligne {amc}, reste {rest}. Un forfait en euros serait plus lisible.",
        en: 'In sector 3 the BR is the authority tariff of {base}: on {price} paid, the Sécu refunds {amo} and this line {amc}, leaving {rest} to pay. A euro amount would be clearer.',
      },
    },
  },
  GR116: {
    severity: 'warning',
    category: 'sens',
    fast: true,
    title: 'Ligne sous 100 % BR en Sécu incluse',
    titleEn: 'Line below 100 % BR, RO included',
    description:
      "En RO inclus, « 90 % BR » couvre moins que le ticket modérateur (la Sécu paie déjà 70 %). Vérifiez que la base n'est pas « en sus ». Dans un contrat responsable, GR201 le dit déjà et GR116 n'est pas répété sur le même terme.",
    bad: H(['contrat "Exemple" millesime 2026 non_responsable base ro_inclus', 'poste "Soins courants"', '  consultation generaliste 90 % BR']),
    good: H(['contrat "Exemple" millesime 2026 non_responsable base ro_inclus', 'poste "Soins courants"', '  consultation generaliste 100 % BR']),
    source: 'Code de la sécurité sociale, art. R871-2 1° (prise en charge du ticket modérateur)',
    messages: {
      default: {
        fr: '« {rate} % BR » Sécu incluse couvre moins que le ticket modérateur : la Sécu paie déjà {share} de la BR. Vouliez-vous « en_sus » ?',
        en: '« {rate} % BR » with the Sécu included covers less than the ticket modérateur: the Sécu already pays {share} of the BR. Did you mean « en_sus »?',
      },
    },
    fixes: { coverTm: { fr: 'Couvrir le ticket modérateur (100 % BR)', en: 'Cover the ticket modérateur (100 % BR)' } },
  },
  GR117: {
    severity: 'warning',
    category: 'sens',
    fast: true,
    title: 'Acte couvert deux fois dans un poste',
    titleEn: 'Act covered twice in a section',
    description: 'Deux lignes du même poste couvrent le même acte : seule la première compte.',
    bad: H(['poste "Soins courants"', '  consultation generaliste 100 % BR', '  generaliste 150 % BR']),
    good: H(['poste "Soins courants"', '  consultation generaliste 150 % BR']),
    messages: {
      default: {
        fr: '« {act} » est déjà couvert à la ligne {line} de ce poste : seule la première ligne compte.',
        en: '« {act} » is already covered on line {line} of this section: only the first line counts.',
      },
    },
    fixes: { remove: { fr: 'Supprimer cette ligne', en: 'Delete this line' } },
  },
  GR118: {
    severity: 'warning',
    category: 'sens',
    fast: true,
    title: 'Ligne sans effet',
    titleEn: 'Line with no effect',
    description:
      "Quel que soit le prix, la ligne ne paie rien de plus que la Sécu (ex. « 60 % BR » sur une consultation remboursée à 70 %). Écrivez « non_couvert » si c'est voulu. Dans un contrat responsable, quand GR201 (ticket modérateur) est signalé sur la même garantie, GR118 n'est pas répété.",
    bad: H(['contrat "Exemple" millesime 2026 non_responsable base ro_inclus', 'poste "Soins courants"', '  consultation generaliste 60 % BR']),
    good: H(['contrat "Exemple" millesime 2026 non_responsable base ro_inclus', 'poste "Soins courants"', '  consultation generaliste non_couvert']),
    messages: {
      default: {
        fr: "Cette garantie ne paie jamais rien de plus que la Sécu, quel que soit le prix. Écrivez « non_couvert » si c'est voulu.",
        en: 'This guarantee never pays anything more than the Sécu, whatever the price. Write « non_couvert » if that is intended.',
      },
    },
    fixes: { notCovered: { fr: 'Remplacer par « non_couvert »', en: 'Replace with « non_couvert »' } },
  },
  GR119: {
    severity: 'warning',
    category: 'sens',
    fast: true,
    title: 'Limite qui ne peut jamais jouer',
    titleEn: 'Limit that can never bind',
    description:
      "Le plafond ne peut jamais être atteint : un plafond annuel au-dessus de tout ce que la ligne peut payer dans l'année (forfait par séance × nombre de séances, ou forfait annuel : « 100 € par an, dans la limite de 150 € par an ») ; un plafond par acte au-dessus de ce que la ligne peut payer sur un acte quel que soit le prix (« 100 % BR, plafond 500 € par acte » sur une consultation). Le second cas n'est vérifié que si ce maximum est borné et connu : « % BR », montants en euros, « % FR » plafonné en « % BR », 100 % Santé ; un « % FR » sans plafond n'a pas de maximum, et le plafond d'une ligne d'option dépend du socle.",
    bad: H(['poste "Autres"', '  osteopathie 40 € par seance, 4 seances par an, dans la limite de 200 € par an']),
    good: H(['poste "Autres"', '  osteopathie 40 € par seance, 4 seances par an, dans la limite de 120 € par an']),
    messages: {
      default: {
        fr: 'Ce plafond ne peut jamais jouer : la garantie paie {yearly} par an.',
        en: 'This cap can never bind: the guarantee pays {yearly} a year.',
      },
      units: {
        fr: 'Ce plafond ne peut jamais jouer : {count} × {perUnit} = {yearly} au plus par an.',
        en: 'This cap can never bind: {count} × {perUnit} = {yearly} a year at most.',
      },
      unitsAndYearly: {
        fr: 'Ce plafond ne peut jamais jouer : {count} × {perUnit} + {yearlyTerms} = {yearly} au plus par an.',
        en: 'This cap can never bind: {count} × {perUnit} + {yearlyTerms} = {yearly} a year at most.',
      },
      perUnit: {
        fr: 'Ce plafond ne peut jamais jouer : quel que soit le prix, la garantie paie au plus {most} par {unit} en plus de la Sécu.',
        en: 'This cap can never bind: whatever the price, the guarantee pays at most {most} per {unit} on top of the Sécu.',
      },
    },
    fixes: { removeCap: { fr: 'Retirer le plafond', en: 'Remove the cap' } },
  },
  GR121: {
    severity: 'warning',
    category: 'sens',
    fast: true,
    title: 'Colonne de secteur sur un acte sans secteur',
    titleEn: 'Sector column on an act without sectors',
    description: 'Les colonnes DPTAM / non DPTAM / non conventionné ne concernent que les honoraires de médecins.',
    bad: H(['poste "Soins courants"', '  pharmacie smr majeur dptam 100 % BR non_dptam 100 % BR']),
    good: H(['poste "Soins courants"', '  pharmacie smr majeur 100 % BR']),
    messages: {
      default: {
        fr: "« {act} » ne dépend pas du secteur du praticien : la colonne « {column} » n'a pas de sens ici.",
        en: "« {act} » does not depend on the practitioner's sector: the « {column} » column means nothing here.",
      },
    },
  },
  GR122: {
    severity: 'warning',
    category: 'sens',
    fast: true,
    title: '« Sécu incluse » sur un acte hors nomenclature',
    titleEn: '« Sécu incluse » on an act outside the nomenclature',
    description:
      "Un acte hors nomenclature n'a pas de BR : la Sécu ne rembourse rien, « Sécu incluse » (`ro_inclus`, `- MR`) n'y change rien. Le montant est ce que paie la mutuelle ; si la grille voulait dire autre chose, elle le dit mal.",
    bad: H(['poste "Médecines douces"', '  osteopathie 60 € par seance Sécu incluse']),
    good: H(['poste "Médecines douces"', '  osteopathie 60 € par seance']),
    messages: {
      default: {
        fr: '« {act} » est hors nomenclature : la Sécu ne rembourse rien, « {written} » ne change rien, la mutuelle paie le montant écrit.',
        en: '« {act} » is outside the nomenclature: the Sécu pays nothing, « {written} » changes nothing, the insurer pays the amount written.',
      },
    },
    fixes: { remove: { fr: 'Retirer « {written} »', en: 'Remove « {written} »' } },
  },
  GR123: {
    severity: 'warning',
    category: 'sens',
    fast: true,
    title: 'Plafond lu par acte, libellé annuel',
    titleEn: 'Cap read per act, label says per year',
    description:
      '« dans la limite de 200 € » sans unité est un plafond par acte ; quand le libellé de la ligne ou du poste dit « par an » (« par année civile », « annuel »), la grille voulait sans doute un plafond annuel. Dites-le : « dans la limite de 200 € par an ».',
    bad: H(['poste "Médecines douces"', '  osteopathie "Ostéopathie, par année civile" 40 € par seance, dans la limite de 200 €']),
    good: H(['poste "Médecines douces"', '  osteopathie "Ostéopathie, par année civile" 40 € par seance, dans la limite de 200 € par an']),
    messages: {
      default: {
        fr: '« {cap} » est lu par acte, mais le libellé dit « {label} » : écrivez « par an » si le plafond est annuel, « par acte » sinon.',
        en: '« {cap} » is read per act, but the label says « {label} »: write « par an » when the cap is per year, « par acte » otherwise.',
      },
    },
    fixes: {
      perYear: { fr: 'Plafond annuel (« par an »)', en: 'Cap per year (« par an »)' },
      perAct: { fr: 'Plafond par acte (« par acte »)', en: 'Cap per act (« par acte »)' },
    },
  },
  GR124: {
    severity: 'warning',
    category: 'sens',
    fast: true,
    title: 'Limite écrite après la dernière colonne',
    titleEn: 'Limit written after the last column',
    description:
      "Sur une ligne à colonnes de secteur, une limite écrite après la dernière colonne (« … non_dptam 100 % BR, 4 seances par an ») ne vaut que pour cette colonne : les autres n'ont pas de limite. Si elle vaut pour toute la ligne, écrivez-la dans chaque colonne (le correctif le fait).",
    // Not responsible: a count limit on a consultation would cut its ticket modérateur (GR216).
    bad: H([
      'contrat "Exemple" millesime 2026 non_responsable base ro_inclus',
      'poste "Soins courants"',
      '  consultation specialiste dptam 150 % BR non_dptam 130 % BR, 4 consultations par an',
    ]),
    good: H([
      'contrat "Exemple" millesime 2026 non_responsable base ro_inclus',
      'poste "Soins courants"',
      '  consultation specialiste dptam 150 % BR, 4 consultations par an non_dptam 130 % BR, 4 consultations par an',
    ]),
    messages: {
      default: {
        fr: "« {limit} » ne vaut que pour la colonne « {column} » ; les autres colonnes ({others}) n'ont pas de limite.",
        en: '« {limit} » only binds the « {column} » column; the other columns ({others}) have no limit.',
      },
    },
    fixes: { everyColumn: { fr: 'Appliquer à toutes les colonnes', en: 'Apply to every column' } },
  },
});

const { finding, fix } = reporter(MEANING_RULES);
/** GR120 belongs to the 100 % Santé family; its check is one of this family's line checks. */
const sante100 = reporter(SANTE_100_RULES);

/** A unit as a reader writes it: French with its accents (the language accepts it without), English. */
const UNIT_WORD: Readonly<Record<PerUnit, Localized>> = {
  acte: { fr: 'acte', en: 'act' },
  seance: { fr: 'séance', en: 'session' },
  consultation: { fr: 'consultation', en: 'consultation' },
  jour: { fr: 'jour', en: 'day' },
  nuit: { fr: 'nuit', en: 'night' },
  an: { fr: 'an', en: 'year' },
  equipement: { fr: 'équipement', en: 'device' },
  oreille: { fr: 'oreille', en: 'ear' },
  oeil: { fr: 'œil', en: 'eye' },
  verre: { fr: 'verre', en: 'lens' },
  dent: { fr: 'dent', en: 'tooth' },
  semestre: { fr: 'semestre', en: 'half-year' },
  sejour: { fr: 'séjour', en: 'stay' },
  boite: { fr: 'boîte', en: 'box' },
  trajet: { fr: 'trajet', en: 'trip' },
  prothese: { fr: 'prothèse', en: 'prosthesis' },
  couronne: { fr: 'couronne', en: 'crown' },
  pilier: { fr: 'pilier', en: 'abutment' },
  inter: { fr: 'intermédiaire', en: 'pontic' },
  implant: { fr: 'implant', en: 'implant' },
  lentille: { fr: 'lentille', en: 'contact lens' },
  monture: { fr: 'monture', en: 'frame' },
};

/** GR116: what the Sécu already pays of the BR, with or without a known rate. */
const ITS_SHARE: Localized = { fr: 'sa part', en: 'its share' };
const A_SHARE: Localized = { fr: 'une part', en: 'a share' };

/** Lines that repeat an act of an earlier line of the same group, with that earlier line. */
function repeats(lines: readonly LineModel[]): [LineModel, LineModel][] {
  const first = new Map<string, LineModel>();
  const found: [LineModel, LineModel][] = [];
  for (const line of lines) {
    if (!line.act) continue;
    // Lines printed per age or stay are alternatives, not repeats.
    const key = `${line.act.id}\u0000${line.conditions?.key ?? ''}`;
    const earlier = first.get(key);
    if (earlier) found.push([line, earlier]);
    else first.set(key, line);
  }
  return found;
}

/** GR117: the same act twice in one section (a whole-grid check). */
function checkDuplicates(ctx: RuleContext): void {
  const found: [LineModel, LineModel][] = [];
  for (const section of ctx.model.sections) {
    // By section model: a section kept from the previous analysis (see `AnalysisMemo`) has the
    // same lines and acts, so it is not checked again.
    let inSection = ctx.memo?.repeatsBySection.get(section);
    if (!inSection) {
      inSection = repeats(section.lines);
      ctx.memo?.repeatsBySection.set(section, inSection);
    }
    for (const pair of inSection) found.push(pair);
  }
  // Lines outside any section: one group for the socle, one per option.
  const outside = new Map<unknown, LineModel[]>();
  for (const line of ctx.model.lines) {
    if (line.section) continue;
    const group = outside.get(line.option) ?? [];
    if (group.length === 0) outside.set(line.option, group);
    group.push(line);
  }
  for (const group of outside.values()) for (const pair of repeats(group)) found.push(pair);
  for (const [line, first] of found) {
    const firstLine = ctx.input.lineIndex.positionAt(first.node.range.start).line + 1;
    const edit = { range: lineRange(ctx.input.lineIndex, line.node.range), newText: '' };
    ctx.report(finding('GR117', line.node.act.range, { act: actNames(line.act!), line: firstLine }, [fix('GR117', { fix: 'remove' }, [edit])]));
  }
}

/** Meaning rules of one line: they depend only on the line and the contract's header. */
function checkLineMeaning(ctx: RuleContext, line: LineModel): void {
  const act = line.act;
  if (!act) return;
  // A price set by regulation is what the engine computes such a line from: noted for GR110 when undefined.
  if (act.regulatedPrice) ctx.param(act.regulatedPrice.param, line.node.act.range);
  // GR121: sector columns on an act without sectors.
  if (!act.doctor) {
    for (const column of Object.values(line.columns)) {
      if (column.key !== 'all' && column.variant.sector) {
        ctx.report(finding('GR121', column.variant.sector.range, { act: actNames(act), column: column.variant.sector.value }));
        break;
      }
    }
  }

  for (const column of Object.values(line.columns)) {
    const noBase = act.nomenclature === 'HN' || act.nomenclature === 'sans_br';
    let hasPercent = false;
    let hasAmount = false;
    for (const term of column.terms) {
      const needsBase = term.kind === 'pct-br' || term.kind === 'tm' || (term.kind === 'frais-reels' && term.capPercentBr !== null);
      if (needsBase) hasPercent = true;
      if (term.kind === 'amount' || term.kind === 'pmss') hasAmount = true;
      // GR113: "% BR" on an item without a BR.
      if (needsBase && noBase) {
        // A regulated price is paid in full; otherwise an amount per the act's own unit (its typical price).
        const replacement =
          term.kind === 'frais-reels' || act.regulatedPrice
            ? '100 % FR'
            : `${frenchNumber(new Decimal(act.typicalPrice.default).toDecimalPlaces(0).toString())} € par ${act.unit}`;
        const fixes = [fix('GR113', { fix: 'replace', replacement }, [{ range: term.range, newText: replacement }])];
        const why = act.nomenclature === 'HN' ? ({ variant: 'outsideNomenclature' } as const) : { act: actNames(act) };
        ctx.report(finding('GR113', term.range, why, fixes));
      }
      // GR116: below 100 % BR under RO inclus.
      // (An option stacked on top of the socle adds its terms to the socle's part: nothing to compare with the TM.)
      if (
        term.kind === 'pct-br' &&
        term.basis === 'ro_inclus' &&
        !term.afterTm &&
        term.rate.lessThan(100) &&
        !noBase &&
        line.option?.mode !== 'en_sus_du_socle'
      ) {
        // The rate as the grid writes it, French-style, in both languages (it is quoted).
        const rate = term.rate.toString().replace('.', ',');
        const edit = { range: term.range, newText: '100 % BR' };
        ctx.report(finding('GR116', term.range, { rate, share: act.rate ? ITS_SHARE : A_SHARE }, [fix('GR116', { fix: 'coverTm' }, [edit])]));
      }
      // GR120: 100 % Santé outside the baskets.
      if (term.kind === '100-sante' && !act.sante100) {
        ctx.report(sante100.finding('GR120', term.range, { act: actNames(act) }));
      }
    }
    // GR114: optical class B in % BR only (the floor it names exists since the 2014 specification).
    if (act.optiqueCase && hasPercent && !hasAmount && inForce('cahierDesCharges2015', ctx.date)) {
      const where = line.node.act.range;
      const floor = ctx.money(`cr.optique.${act.optiqueCase}.minimum`, where);
      const base = ctx.facts(line, column.key)?.base ?? null;
      if (floor && base) {
        const amount = `${frenchNumber(floor.toString())} € par equipement`;
        const end = column.terms[column.terms.length - 1]!.range.end;
        const edit = { range: { start: end, end }, newText: ` + ${amount}` };
        ctx.report(
          finding('GR114', column.range, { base: eurosArg(base), amount, case: act.optiqueCase }, [fix('GR114', { fix: 'addAmount', amount }, [edit])]),
        );
      }
    }
    checkColumnEffect(ctx, line, column.key, hasPercent);
    checkUselessCap(ctx, line, column.key);
  }
}

/** GR115 (secteur 3 in % BR) and GR118 (a column that never pays anything). */
function checkColumnEffect(ctx: RuleContext, line: LineModel, key: ColumnKey, hasPercent: boolean): void {
  const column = line.columns[key]!;
  const act = line.act!;
  if (column.terms.every((t) => t.kind === 'none')) return;
  const facts = ctx.facts(line, key);
  if (!facts) return;
  const paysAtHighPrice = ctx.amcAt(line, column, RuleContext.HIGH_PRICE, facts);
  // Terms that cannot pay on this act are reported by GR113 / GR120 already.
  const voidTerm = column.terms.some(
    (t) =>
      (t.kind === '100-sante' && !act.sante100) || (!facts.base && (t.kind === 'pct-br' || t.kind === 'tm' || (t.kind === 'frais-reels' && t.capPercentBr))),
  );
  if (paysAtHighPrice && paysAtHighPrice.isZero() && !voidTerm) {
    const edit = { range: { start: column.terms[0]!.range.start, end: column.terms[column.terms.length - 1]!.range.end }, newText: 'non_couvert' };
    ctx.report(finding('GR118', column.range, {}, [fix('GR118', { fix: 'notCovered' }, [edit])]));
  }
  if (key === 'non_conventionne' && act.doctor && hasPercent && facts.base) {
    const price = new Decimal(act.typicalPrice.non_conventionne ?? act.typicalPrice.default);
    const amc = ctx.amcAt(line, column, price, facts);
    if (amc) {
      ctx.report(
        finding('GR115', column.range, {
          base: eurosArg(facts.base),
          price: eurosArg(price),
          amo: eurosArg(facts.amo),
          amc: eurosArg(amc),
          rest: eurosArg(price.minus(facts.amo).minus(amc)),
        }),
      );
    }
  }
}

/**
 * GR119: a limit that can never bind. An annual cap at or above everything the line can pay in a
 * year (per-unit amounts × the count of units, plus yearly amounts); a cap per unit at or above the
 * most the line can pay on one unit whatever the price — only when that maximum is bounded and
 * known (« % BR », euro amounts, « % FR » capped in % BR, 100 % Santé; not uncapped « % FR »).
 */
function checkUselessCap(ctx: RuleContext, line: LineModel, key: ColumnKey): void {
  const column = line.columns[key]!;
  const { count, annualCap, unitCap } = column.limits;
  if (annualCap && column.terms.every((t) => t.kind === 'amount')) {
    const yearlyTerms = column.terms.reduce((sum, t) => (t.kind === 'amount' && t.per === 'an' ? sum.plus(t.amount) : sum), new Decimal(0));
    let perUnit = column.terms.reduce((sum, t) => (t.kind === 'amount' && t.per !== 'an' ? sum.plus(t.amount) : sum), new Decimal(0));
    if (unitCap) perUnit = Decimal.min(perUnit, unitCap.amount);
    // Per-unit amounts without a count of units can add up without end.
    if (perUnit.isZero() || count) {
      const fromUnits = count ? perUnit.times(count.value) : new Decimal(0);
      const yearly = fromUnits.plus(yearlyTerms);
      if (yearly.lessThanOrEqualTo(annualCap.amount)) {
        const how = perUnit.isZero()
          ? ({ yearly: eurosArg(yearly) } as const)
          : yearlyTerms.isZero()
            ? ({ variant: 'units', count: count!.value, perUnit: eurosArg(perUnit), yearly: eurosArg(yearly) } as const)
            : ({
                variant: 'unitsAndYearly',
                count: count!.value,
                perUnit: eurosArg(perUnit),
                yearlyTerms: eurosArg(yearlyTerms),
                yearly: eurosArg(yearly),
              } as const);
        const edit = { range: ctx.limitRemoval(annualCap.range), newText: '' };
        ctx.report(finding('GR119', annualCap.range, how, [fix('GR119', { fix: 'removeCap' }, [edit])]));
      }
    }
  }
  // A cap per unit on an option line caps the option's part, which depends on the socle: left out.
  if (unitCap && !line.option) {
    const act = line.act!;
    const facts = ctx.facts(line, key);
    if (!facts) return;
    const bounded = column.terms.every(
      (t) =>
        t.kind === 'amount' ||
        t.kind === 'pmss' ||
        t.kind === 'none' ||
        ((t.kind === 'pct-br' || t.kind === 'tm') && facts.base !== null) ||
        (t.kind === 'frais-reels' && t.capPercentBr !== null && facts.base !== null) ||
        (t.kind === '100-sante' && act.sante100 !== undefined),
    );
    if (!bounded || column.terms.every((t) => t.kind === 'none')) return;
    const { unitCap: _cap, ...uncapped } = column.limits;
    const most = ctx.amcAt(line, { ...column, limits: uncapped }, RuleContext.HIGH_PRICE, facts);
    if (most && most.lessThanOrEqualTo(unitCap.amount)) {
      const edit = { range: ctx.limitRemoval(unitCap.range), newText: '' };
      const unit = UNIT_WORD[unitCap.per ?? 'acte'];
      ctx.report(finding('GR119', unitCap.range, { variant: 'perUnit', most: eurosArg(most), unit }, [fix('GR119', { fix: 'removeCap' }, [edit])]));
    }
  }
}

/** The whole source line of a node, line break included, for "delete this line" fixes. */
function lineRange(lines: LineIndex, range: Span): Span {
  const first = lines.positionAt(range.start).line;
  const last = lines.positionAt(range.end).line;
  // Up to the next line's start, so the line break goes too (the end of the text on the last line).
  return { start: lines.lineStart(first), end: last + 1 < lines.lineCount ? lines.lineStart(last + 1) : lines.lineEnd(last) };
}

/**
 * GR110, reported by `runRules` once the checks have run: once per parameter the checks needed and
 * could not find at the grid's date (where it was first needed), with the parameter's label and its
 * first known date. A grid dated before the first value of several of them (a grid of an older
 * millésime) gets one finding at its header instead, naming the date from which it can be computed
 * and those parameters; the examples that failed at a date of care before that date are named in it
 * too. Returns the ranges of those examples' events, whose GR402 `runRules` leaves out.
 */
export function reportUndefinedParameters(ctx: RuleContext, missing: Iterable<[id: string, where: Span]>): Set<number> {
  const firstNeed = new Map<string, Span>();
  for (const [id, where] of missing) if (!firstNeed.has(id)) firstNeed.set(id, where);
  const early = new Map<string, string>();
  for (const id of firstNeed.keys()) {
    const start = ctx.date ? firstValueAfter(ctx, id, ctx.date) : null;
    if (start) early.set(id, start);
  }
  const grouped = early.size >= 2;
  const folded = grouped ? reportBeforeParameters(ctx, early) : new Set<number>();
  for (const [id, where] of firstNeed) {
    if (grouped && early.has(id)) continue;
    const definition = ctx.input.params.definition(id);
    const args = { label: definition?.label ?? id, id, date: String(ctx.date), first: definition?.periods[0]?.start ?? '?' };
    ctx.report(finding('GR110', where, args));
  }
  return folded;
}

/** The start of a parameter's first value when `date` is before it (null: defined then, or for another reason undefined). */
function firstValueAfter(ctx: RuleContext, id: string, date: string): string | null {
  const first = ctx.input.params.definition(id)?.periods.find((p) => p.value !== null);
  return first && compareDates(date, first.start) < 0 ? first.start : null;
}

const dateArg = (iso: string): Localized => ({ fr: frenchDate(iso), en: iso });

/**
 * GR110 at the header: the grid's date is before the first values of `early` (id → start). Returns
 * where the failed example events dated before the grid can be computed start (their GR402 are left out).
 */
function reportBeforeParameters(ctx: RuleContext, early: ReadonlyMap<string, string>): Set<number> {
  const byStart = new Map<string, string[]>();
  for (const [id, start] of early) byStart.set(start, [...(byStart.get(start) ?? []), id]);
  // The latest first, the date the grid waits for.
  const starts = [...byStart.keys()].sort((a, b) => compareDates(b, a));
  const from = starts[0]!;
  const list = (language: 'fr' | 'en') =>
    starts
      .map((start) => {
        const ids = byStart.get(start)!.join(', ');
        return language === 'fr' ? `le ${frenchDate(start)} pour ${ids}` : `on ${start} for ${ids}`;
      })
      .join(language === 'fr' ? ' ; ' : '; ');
  const folded = new Set<number>();
  const names: string[] = [];
  for (const outcome of ctx.input.examples) {
    for (const { event, results } of outcome.events) {
      if (!event.care || !results.some((r) => !r.ok) || compareDates(event.care.date, from) >= 0) continue;
      folded.add(event.node.range.start);
      if (!names.includes(outcome.example.name)) names.push(outcome.example.name);
    }
  }
  const quoted = names.map((n) => `« ${n} »`).join(', ');
  const examples: Localized =
    names.length === 0
      ? { fr: '', en: '' }
      : { fr: ` Exemples non calculés pour la même raison : ${quoted}.`, en: ` Examples not computed for the same reason: ${quoted}.` };
  const where = ctx.model.document.header?.keywordRange ?? { start: 0, end: 0 };
  ctx.report(
    finding('GR110', where, {
      variant: 'beforeParameters',
      date: dateArg(ctx.date!),
      count: early.size,
      from: dateArg(from),
      params: { fr: list('fr'), en: list('en') },
      examples,
    }),
  );
  return folded;
}

/** Words of a label that say a figure is per year. */
const YEARLY = /\b(par an|annee|annuel|annuelle|\/ ?an)\b/;

/** GR122, GR123, GR124: what a printed line says that the grid does not (silent traps). */
function checkPrintedTraps(ctx: RuleContext, line: LineModel): void {
  const act = line.act;
  if (!act || line.option?.kind === 'formule') return;
  const node = line.node;
  const text = ctx.input.text;
  const contents = node.variants.flatMap((v): (Variant | Cell)[] => v.cells ?? [v]);
  // GR122: « Sécu incluse » on an act without a BR.
  if (act.nomenclature === 'HN') {
    for (const content of contents) {
      const bases = [
        ...(content.coverage?.terms ?? []).flatMap((t) => (t.kind === 'amount' && t.basis?.value === 'ro_inclus' ? [t.basis.range] : [])),
        ...content.limits.flatMap((l) => (l.kind === 'amount-cap' && l.basis?.value === 'ro_inclus' ? [l.basis.range] : [])),
      ];
      for (const range of bases) {
        const written = text.slice(range.start, range.end);
        const removal = { start: text[range.start - 1] === ' ' ? range.start - 1 : range.start, end: range.end };
        ctx.report(finding('GR122', range, { act: actNames(act), written }, [fix('GR122', { fix: 'remove', written }, [{ range: removal, newText: '' }])]));
      }
    }
  }
  // GR123: a cap without a period under a label that says « par an ».
  const label = [node.label?.value, line.section?.name]
    .filter((l): l is string => !!l)
    .find((l) =>
      YEARLY.test(
        l
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase(),
      ),
    );
  if (label) {
    for (const content of contents) {
      for (const limit of content.limits) {
        if (limit.kind !== 'amount-cap' || limit.per) continue;
        const at = { start: limit.range.end, end: limit.range.end };
        ctx.report(
          finding('GR123', limit.range, { cap: text.slice(limit.range.start, limit.range.end), label }, [
            fix('GR123', { fix: 'perYear' }, [{ range: at, newText: ' par an' }]),
            fix('GR123', { fix: 'perAct' }, [{ range: at, newText: ' par acte' }]),
          ]),
        );
      }
    }
  }
  // GR124: a limit after the last sector column binds that column only.
  const sectors = node.variants.filter((v) => v.sector && v.coverage && !v.cells);
  const last = sectors[sectors.length - 1];
  if (sectors.length >= 2 && last && last === node.variants[node.variants.length - 1] && last.limits.length > 0) {
    const others = sectors.slice(0, -1).filter((v) => v.limits.length === 0);
    if (others.length === sectors.length - 1) {
      const first = last.limits[0]!;
      const lastLimit = last.limits[last.limits.length - 1]!;
      const limitText = text.slice(first.range.start, lastLimit.range.end);
      const edits = others.map((v) => ({ range: { start: v.range.end, end: v.range.end }, newText: `, ${limitText}` }));
      ctx.report(
        finding(
          'GR124',
          { start: first.range.start, end: lastLimit.range.end },
          { limit: limitText, column: last.sector!.value, others: others.map((v) => `« ${v.sector!.value} »`).join(', ') },
          [fix('GR124', { fix: 'everyColumn' }, edits)],
        ),
      );
    }
  }
}

export const MEANING_CHECKS: readonly RuleCheck[] = [
  { scope: 'line', reports: ['GR122', 'GR123', 'GR124'], run: checkPrintedTraps },
  { scope: 'line', reports: ['GR113', 'GR114', 'GR115', 'GR116', 'GR118', 'GR119', 'GR120', 'GR121'], run: checkLineMeaning },
  { scope: 'grid', reports: ['GR117'], run: checkDuplicates },
];
