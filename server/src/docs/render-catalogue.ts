/** docs/catalogue.md from the act catalogue: names an author may write and how the Sécu treats each act. */
import { ACTS } from '../core';

const cell = (s: string) => s.replace(/\|/g, '\\|');

export function renderCatalogueMarkdown(): string {
  const out = [
    '# Act catalogue',
    '',
    '<!-- Generated from server/src/core/catalogue/acts.ts by `npm run docs`; do not edit by hand. -->',
    '',
    'The acts a guarantee line can cover. Names are matched ignoring case, accents and little words',
    '(« frais de séjour » = « frais sejour »). Bases and rates are named parameters (docs/parameters.md),',
    "looked up at the grid's date. Typical prices are Grille's preview assumptions, not regulatory figures;",
    'a guarantee line overrides them with `prix typique 80 €`, examples with `prix`, and the editor setting `grille.typicalPrices` too.',
    'An act absent from the catalogue can be declared `hors_nomenclature` on its line.',
    'Acts marked « hors santé » (`nonSante`) are benefits grids print beside the health guarantees (funeral, assistance, birth',
    'allowances): no BR, the Sécu pays nothing, and the contrat responsable and collective-minimum rules do not apply to them.',
    '',
  ];
  for (const poste of ['Hospitalisation', 'Soins courants', 'Dentaire', 'Optique', 'Aides auditives', 'Autres'] as const) {
    out.push(
      `## ${poste}`,
      '',
      '| acte | noms acceptés | nomenclature | base (paramètres) | taux | retenues | unité | prix typique |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const act of ACTS.filter((a) => a.poste === poste)) {
      const base = act.base
        ? [
            act.base.convention + (act.base.count ? ` × ${act.base.count}` : ''),
            act.base.nonDptam ? `non DPTAM : ${act.base.nonDptam}` : '',
            act.base.authority ? `secteur 3 : tarif d'autorité (${act.base.authority})` : '',
            act.base.young ? `sous l'âge \`${act.base.young.ageParam}\` : ${act.base.young.convention}` : '',
          ]
            .filter(Boolean)
            .join(' ; ')
        : act.regulatedPrice
          ? `prix réglementé : ${act.regulatedPrice.param}`
          : '—';
      const withheld =
        [
          act.pf ? 'PF' : '',
          act.franchise ? `franchise ${act.franchise}` : '',
          act.palEligible ? 'PAL si ≥ seuil' : '',
          act.sante100 ? `100 % Santé (${act.sante100.kind} : ${act.sante100.cap})` : '',
        ]
          .filter(Boolean)
          .join(', ') || '—';
      const typical = Object.entries(act.typicalPrice)
        .map(([k, v]) => (k === 'default' ? `${v} €` : `${k} ${v} €`))
        .join(', ');
      out.push(
        `| **${cell(act.label)}** (\`${act.id}\`)${act.coveredBy ? `, couvert à défaut par \`${act.coveredBy}\`` : ''}${act.catchAll ? ', ligne des actes remboursés que la grille ne liste pas' : ''}${act.nonSante ? ', hors santé' : ''} | ${act.names.map((n) => `\`${n}\``).join(', ')} | ${act.nomenclature} | ${cell(base)} | ${act.rate ?? '—'} | ${withheld} | ${act.unit} | ${typical} |`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}
