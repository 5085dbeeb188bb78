/** Meaning rules: lines that say something other than what the author likely meant. */
import Decimal from '../../decimal';
import type { Localized } from '../../diagnostics/messages';
import { defineRules, gridLines as H, reporter } from '../../diagnostics/rule-definition';
import type { ColumnKey, LineModel } from '../../model/grid-model';
import { eurosArg, frenchNumber } from '../../present/money';
import type { PerUnit } from '../../syntax/ast';
import type { LineIndex, Span } from '../../syntax/text';
import { RuleContext, type RuleCheck } from '../rule-context';
import { SANTE_100_RULES } from './sante-100';

export const MEANING_RULES = defineRules({
  GR110: {
    severity: 'error',
    category: 'sens',
    fast: true,
    title: 'Paramètre non défini à cette date',
    titleEn: 'Parameter undefined at this date',
    description:
      "La grille utilise un chiffre réglementaire (PMSS, BR, PLV…) qui n'est pas défini pour son millésime dans les paramètres datés : aucun montant n'est calculé plutôt qu'un montant faux.",
    bad: H(['contrat "Ancien" millesime 2023 responsable base ro_inclus', 'poste "Hospitalisation"', '  chambre particuliere 2 % PMSS par jour']),
    good: H(['contrat "Récent" millesime 2024 responsable base ro_inclus', 'poste "Hospitalisation"', '  chambre particuliere 2 % PMSS par jour']),
    messages: {
      default: {
        fr: 'Paramètre « {label} » ({id}) non défini au {date} : les montants qui en dépendent ne sont pas calculés. Les valeurs connues commencent le {first}.',
        en: 'Parameter « {label} » ({id}) is not defined on {date}: the amounts that depend on it are not computed. Its known values start on {first}.',
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
    source: 'domain.md §3 (cas limites), §4.2 points 4 et 12',
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
    source: 'domain.md §4.2, point 5',
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
    source: 'domain.md §4.2 point 12, §7 (article sur le secteur 3)',
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
    source: 'domain.md §4.2, point 3',
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
    const earlier = first.get(line.act.id);
    if (earlier) found.push([line, earlier]);
    else first.set(line.act.id, line);
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
    ctx.report(finding('GR117', line.node.act.range, { act: line.act!.label, line: firstLine }, [fix('GR117', { fix: 'remove' }, [edit])]));
  }
}

/** Meaning rules of one line: they depend only on the line and the contract's header. */
function checkLineMeaning(ctx: RuleContext, line: LineModel): void {
  const act = line.act;
  if (!act) return;
  // GR121: sector columns on an act without sectors.
  if (!act.doctor) {
    for (const column of Object.values(line.columns)) {
      if (column.key !== 'all' && column.variant.sector) {
        ctx.report(finding('GR121', column.variant.sector.range, { act: act.label, column: column.variant.sector.value }));
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
        const why = act.nomenclature === 'HN' ? ({ variant: 'outsideNomenclature' } as const) : { act: act.label };
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
        ctx.report(sante100.finding('GR120', term.range, { act: act.label }));
      }
    }
    // GR114: optical class B in % BR only.
    if (act.optiqueCase && hasPercent && !hasAmount) {
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
 * GR110, reported by `runRules` once per parameter the checks needed and could not find at the
 * grid's date (where it was first needed), with the parameter's label and its first known date.
 */
export function reportUndefinedParameters(ctx: RuleContext, missing: Iterable<[id: string, where: Span]>): void {
  const reported = new Set<string>();
  for (const [id, where] of missing) {
    if (reported.has(id)) continue;
    reported.add(id);
    const definition = ctx.input.params.definition(id);
    const args = { label: definition?.label ?? id, id, date: String(ctx.date), first: definition?.periods[0]?.start ?? '?' };
    ctx.report(finding('GR110', where, args));
  }
}

export const MEANING_CHECKS: readonly RuleCheck[] = [
  { scope: 'line', reports: ['GR113', 'GR114', 'GR115', 'GR116', 'GR118', 'GR119', 'GR120', 'GR121'], run: checkLineMeaning },
  { scope: 'grid', reports: ['GR117'], run: checkDuplicates },
];
