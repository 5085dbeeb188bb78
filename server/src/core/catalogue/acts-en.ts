/**
 * The catalogue's acts in English, keyed by act id: the label and the description the editor shows
 * when `grille.language` (or VS Code's display language) is English. The French of `acts.ts` stays
 * the reference; a test keeps this table complete. French acronyms (BR, TM, PLV, HLF, LPP, CCAM…)
 * stay as written, glossed in the glossary; « Sécu » stays « Sécu », the mutuelle is « the insurer ».
 */
import { ACTS, type Poste } from './acts';
export const ACT_TEXT_EN: Readonly<Record<string, { label: string; description: string }>> = {
  consultation_generaliste: {
    label: 'GP consultation',
    description: 'Consultation (G) of a general practitioner, at the practice (children under 6 have a BR of their own: G + MEG).',
  },
  consultation_specialiste: { label: 'Specialist consultation', description: 'Consultation (CS) of a specialist, within the coordinated care pathway.' },
  consultation_psychiatre: { label: 'Psychiatrist consultation', description: 'Consultation of a psychiatrist (patients under 25 have a BR of their own).' },
  teleconsultation: { label: 'Teleconsultation', description: 'Remote consultation with a doctor.' },
  visite_generaliste: {
    label: 'GP home visit',
    description:
      "A GP's medically justified visit at the patient's home: the consultation's BR plus the travel surcharge (VG + MD). Covered by the consultations' line when the grid has none of its own (« consultations et visites »).",
  },
  visite_specialiste: {
    label: 'Specialist home visit',
    description:
      "A specialist's visit at the patient's home: the BR of a specialist consultation (travel allowances not modelled). Covered by the specialist consultations' line when the grid has none of its own.",
  },
  mon_soutien_psy: {
    label: 'Psychologist session « Mon soutien psy »',
    description:
      'A session with a contracted psychologist of the « Mon soutien psy » scheme (from age 3, 12 sessions a year): a fixed fee without extra charges, reimbursed at 60 % by the Sécu; a responsible contract covers the TM (co-payment). No participation forfaitaire nor franchise withheld (not verified).',
  },
  mammographie: {
    label: 'Mammography (prescribed)',
    description:
      'Bilateral mammography prescribed outside organised screening: an imaging act (CCAM) reimbursed at 70 %, covered by the imaging line when the grid has none of its own.',
  },
  mammographie_depistage: {
    label: 'Mammography of the organised breast cancer screening',
    description:
      'Mammography of the national screening programme (women aged 50 to 74, every two years, on invitation): paid in full by the Sécu, with no upfront payment nor participation forfaitaire.',
  },
  depistages_non_rembourses: {
    label: 'Screenings the Sécu does not reimburse',
    description: 'Screening tests outside the nomenclature (the Sécu pays nothing) that a grid covers with a flat allowance.',
  },
  appareillage: {
    label: 'Medical devices and equipment (LPP)',
    description:
      'LPP devices other than optics and hearing aids (orthoses, external prostheses, medical equipment). The line also covers small and large devices, wheelchairs, hair and breast prostheses when the grid has no line for them.',
  },
  petit_appareillage: {
    label: 'Small devices (orthoses, compression)',
    description: 'Ready-made orthoses, compression stockings and bandages, belts, insoles: LPP devices reimbursed at 60 % of the tarif de responsabilité.',
  },
  gros_appareillage: {
    label: 'Large devices (custom-made prostheses and orthoses)',
    description:
      'Custom-made prostheses and orthoses (orthopaedic, podiatric, ocular): LPP devices, often subject to prior approval, reimbursed at 60 % of the tarif de responsabilité.',
  },
  fauteuil_roulant: {
    label: 'Wheelchair (LPP)',
    description:
      'Manual or electric wheelchair listed in the LPP. Since 1 December 2025, models sold at the LPP tariff are paid in full by the Sécu (uncertain rate); before, 60 % of a tariff often far below the price.',
  },
  prothese_capillaire: {
    label: 'Hair prosthesis (wig, class II)',
    description:
      'Full class II hair prosthesis (natural hair or hand-tied), prescribed, one a year: the one a « prothèses capillaires » grid line usually means (BR below the 700 € PLV). Often at 100 % for a long-term illness (ALD).',
  },
  prothese_capillaire_classe_i: {
    label: 'Class I hair prosthesis',
    description:
      'Full class I hair prosthesis (synthetic fibres): its price is capped at the BR (350 €), the Sécu and the insurer cover it with no out-of-pocket.',
  },
  prothese_mammaire: {
    label: 'External breast prosthesis',
    description:
      'External breast prosthesis after mastectomy (standard silicone model, BR equal to the price cap); a technical model chosen without indication leaves the difference to the patient. Implants fitted in hospital belong to the hospital stay.',
  },
  actes_techniques: { label: 'Medical technical acts', description: 'CCAM technical acts performed by a doctor outside a hospital stay.' },
  imagerie: { label: 'Radiology and imaging', description: 'Radiology and imaging examinations (CCAM).' },
  biologie: { label: 'Laboratory tests', description: 'Medical biology tests (NABM).' },
  pharmacie_smr_majeur: { label: 'Medicines with major or important SMR (65 %)', description: 'Medicines reimbursed at 65 % (white label).' },
  pharmacie_smr_modere: {
    label: 'Medicines with moderate SMR (30 %)',
    description: 'Medicines reimbursed at 30 % (blue label): a responsible contract need not cover the TM (co-payment).',
  },
  pharmacie_smr_faible: {
    label: 'Medicines with low SMR (15 %)',
    description: 'Medicines reimbursed at 15 % (orange label): a responsible contract need not cover the TM (co-payment).',
  },
  pharmacie_irremplacable: {
    label: 'Irreplaceable and costly medicines (100 %)',
    description: 'Medicines recognised as irreplaceable and costly, reimbursed at 100 %.',
  },
  auxiliaires_medicaux: {
    label: 'Allied health professionals',
    description: 'Sessions of allied health professionals (physiotherapist, nurse, speech therapist, orthoptist). The BR of a physiotherapy session.',
  },
  transport: { label: 'Medical transport', description: 'Prescribed medical transport (ambulance, VSL, contracted taxi).' },
  cure_thermale: {
    label: 'Spa treatment',
    description: 'Flat fee of a prescribed spa treatment: a responsible contract need not cover the TM (co-payment).',
  },
  cure_thermale_surveillance: {
    label: 'Medical supervision fees of a spa treatment',
    description:
      "The spa doctor's flat supervision fee (three consultations and a report per treatment). Listed, like the spa fee, among the responsible contract's TM exceptions (uncertain); covered by the « cure thermale » line when the grid has none of its own.",
  },
  cure_thermale_hebergement: {
    label: 'Travel and accommodation of a spa treatment',
    description:
      "Accommodation and travel of a spa treatment: the Sécu contributes only under means testing, by a flat sum not modelled; Grille treats them without BR (only the grid's allowance pays).",
  },
  cure_thermale_supplements: {
    label: 'Spa treatment extras the Sécu does not reimburse',
    description: 'Spa care on top of the flat fee (comfort care): outside the nomenclature, the Sécu pays nothing.',
  },
  frais_sejour: { label: 'Hospital stay costs', description: 'Costs of a stay in a health establishment.' },
  honoraires_chirurgie: {
    label: 'Surgical fees and technical acts in hospital',
    description: 'Fees of surgeons, anaesthetists and other doctors during a hospital stay.',
  },
  chirurgie_cataracte: {
    label: 'Cataract surgery',
    description: "Cataract surgery, per eye (covered by the surgical fees' line when the grid has none of its own).",
  },
  forfait_journalier: {
    label: 'Daily hospital charge',
    description: 'Contribution to accommodation costs due for each day of a hospital stay over 24 h, the day of discharge included. Never paid by the AMO.',
  },
  chambre_particuliere: { label: 'Private room', description: "Supplement for a single room, at the patient's request. No BR: only the insurer may pay." },
  frais_accompagnant: { label: 'Companion costs', description: 'Bed and meals of a companion at the hospital. No BR.' },
  chambre_particuliere_ambulatoire: {
    label: 'Private room in day hospital',
    description:
      'A single room for a day-hospital stay, without a night, which grids often cover apart. No BR; covered by the « chambre particulière » line when the grid has none of its own.',
  },
  hebergement_ehpad: {
    label: 'Accommodation in an EHPAD or USLD',
    description:
      'Accommodation charge of a nursing home (EHPAD) or long-term care unit (room, meals), paid by the resident: no BR, the Sécu only pays the care allowance given to the establishment. It is not the daily hospital charge: a responsible contract need not cover it.',
  },
  participation_actes_lourds: {
    label: 'Flat participation on major acts (24 €)',
    description: 'A 24 € sum due by the patient on an act of 120 € or more, instead of the TM (co-payment). The insurer may cover it.',
  },
  forfait_patient_urgences: {
    label: 'Emergency patient charge (FPU)',
    description: 'A single sum due for an emergency visit not followed by a hospital stay. Paid by the insurer.',
  },
  soins_dentaires: { label: 'Dental care', description: "Consultations and conservative care at the dentist's. No PF at the dentist's." },
  couronne_100_sante: {
    label: 'Dental prosthesis of the 100 % Santé basket (crown)',
    description: 'Porcelain-fused-to-metal crown (visible teeth) of the 100 % Santé basket: no out-of-pocket within the HLF in a responsible contract.',
  },
  couronne_tarif_maitrise: {
    label: 'Dental prosthesis at controlled fees (crown)',
    description: 'Crown of the controlled-fee basket (capped fees, out-of-pocket possible).',
  },
  couronne_tarif_libre: { label: 'Dental prosthesis at free fees (crown)', description: 'Crown of the free-fee basket (fees set freely).' },
  couronne_metallique_100_sante: {
    label: 'Metal crown of the 100 % Santé basket',
    description: 'All-metal crown, on any tooth, of the 100 % Santé basket: no out-of-pocket within the HLF in a responsible contract.',
  },
  couronne_zircone_100_sante: {
    label: 'Zirconia crown of the 100 % Santé basket',
    description:
      'Monolithic zirconia ceramic crown (incisors, canines, premolars) of the 100 % Santé basket: no out-of-pocket within the HLF in a responsible contract.',
  },
  couronne_dents_visibles: {
    label: 'Crown on a visible tooth, outside 100 % Santé (free fees)',
    description:
      "Ceramic crown on a visible tooth (incisor, canine, premolar) billed outside the 100 % Santé basket, when the grid tells the tooth's position apart. The same BR as any crown; covered by the free-fee crowns' line when the grid has none of its own.",
  },
  couronne_molaires: {
    label: 'Crown on a molar (non-visible tooth), outside 100 % Santé',
    description:
      "Ceramic or porcelain-fused-to-metal crown on a molar, outside the 100 % Santé basket (on molars, only the metal crown is in it). The same BR as any crown; covered by the free-fee crowns' line when the grid has none of its own.",
  },
  couronne_transitoire: {
    label: 'Temporary crown',
    description:
      'Temporary crown fitted while waiting for the final one. A BR of a few euros (uncertain); grids often cover it in % of the BR or with a flat allowance.',
  },
  inlay_core: {
    label: 'Inlay-core outside 100 % Santé (free fees)',
    description:
      'Post and core supporting a crown, outside the 100 % Santé basket. A grid printing « inlay core » without a basket usually files it among the prostheses outside 100 % Santé, in % of the BR: that is what the name alone means. The inlay-core of a basket crown is written « inlay core 100 sante ».',
  },
  inlay_core_100_sante: {
    label: 'Inlay-core of the 100 % Santé basket',
    description: 'Inlay-core with a crown of the 100 % Santé basket: no out-of-pocket within the HLF in a responsible contract.',
  },
  inlay_core_tarif_maitrise: {
    label: 'Inlay-core at controlled fees',
    description: 'Inlay-core with a crown of the controlled-fee basket (capped fees, out-of-pocket possible).',
  },
  inlay_onlay: {
    label: 'Inlay, onlay (partial restoration)',
    description:
      'Restoration of a living tooth by a bonded piece (conservative care of the CCAM, fees often above the BR). Covered by the dental care line when the grid has none of its own.',
  },
  bridge_100_sante: {
    label: 'Bridge of the 100 % Santé basket',
    description:
      'Three-unit bridge of the 100 % Santé basket (porcelain-fused-to-metal to replace an incisor, or metal): no out-of-pocket within the HLF in a responsible contract.',
  },
  bridge_tarif_maitrise: {
    label: 'Bridge at controlled fees',
    description: 'Three-unit bridge of the controlled-fee basket (capped fees, out-of-pocket possible).',
  },
  bridge_tarif_libre: {
    label: 'Bridge at free fees',
    description: "Three-unit bridge (two abutments, one pontic) at free fees, billed as a whole on the bridge's base.",
  },
  bridge_pilier: {
    label: 'Bridge abutment',
    description:
      "Anchoring unit of a bridge, when the grid covers the units one by one (« pilier de bridge »), outside 100 % Santé. Covered by the bridges' line when the grid has none of its own.",
  },
  bridge_intermediaire: {
    label: 'Bridge pontic (inter)',
    description:
      "Artificial tooth between a bridge's abutments (« inter de bridge »), outside 100 % Santé; its BR is lower than an abutment's. Covered by the bridges' line when the grid has none of its own.",
  },
  prothese_amovible_100_sante: {
    label: 'Removable prosthesis of the 100 % Santé basket (resin denture)',
    description:
      'Full or partial resin-based removable prosthesis of the 100 % Santé basket (since 2021), per arch: no out-of-pocket within the HLF in a responsible contract.',
  },
  prothese_amovible_tarif_maitrise: {
    label: 'Removable prosthesis at controlled fees',
    description: 'Removable prosthesis of the controlled-fee basket (capped fees, out-of-pocket possible), per arch.',
  },
  prothese_amovible_tarif_libre: {
    label: 'Removable prosthesis at free fees',
    description:
      'Removable prosthesis (resin denture outside the basket, « stellite » metal frame) at free fees, per arch. The BR of the full resin prosthesis; that of stellites is higher (give it in an example).',
  },
  reparation_prothese_dentaire: {
    label: 'Repairs and relining of dental prostheses',
    description:
      'Repair of a fracture, addition or change of a unit, relining of a removable prosthesis. Repairs of resin dentures are also in the 100 % Santé basket (HLF not modelled here: the BR depends on the act).',
  },
  protheses_dentaires_non_remboursees: {
    label: 'Dental prostheses and acts the Sécu does not reimburse',
    description: 'Dental prostheses and acts absent from the CCAM (besides implants and periodontics, which have their own line): the Sécu pays nothing.',
  },
  orthodontie: { label: 'Orthodontics (before 16)', description: 'A semester of orthodontic treatment begun before 16, with prior approval.' },
  implant_dentaire: { label: 'Dental implant', description: 'Dental implant: outside the nomenclature, the Sécu pays nothing.' },
  parodontologie: { label: 'Periodontics', description: 'Gum treatments the Sécu does not reimburse: outside the nomenclature.' },
  orthodontie_adulte: { label: 'Adult orthodontics (not reimbursed)', description: 'Orthodontics begun after 16: the Sécu pays nothing.' },
  optique_classe_a: {
    label: 'Class A optical equipment (100 % Santé)',
    description: 'Frame and lenses of the 100 % Santé basket: no out-of-pocket within the PLV in a responsible contract.',
  },
  ...opticalB('a', 'two simple lenses'),
  ...opticalB('b', 'one simple and one complex lens'),
  ...opticalB('c', 'two complex lenses'),
  ...opticalB('d', 'one simple and one very complex lens'),
  ...opticalB('e', 'one complex and one very complex lens'),
  ...opticalB('f', 'two very complex lenses'),
  lentilles_remboursees: {
    label: 'Contact lenses the Sécu reimburses',
    description: 'Contact lenses prescribed for an indication the Sécu recognises (a yearly flat sum per eye).',
  },
  lentilles: { label: 'Contact lenses not reimbursed', description: 'Contact lenses outside the LPP indications: outside the nomenclature.' },
  chirurgie_refractive: { label: 'Refractive surgery', description: 'Refractive (laser) surgery: outside the nomenclature.' },
  monture_classe_b: {
    label: 'Class B frame',
    description: "Frame outside 100 % Santé, when the grid covers it apart. In a responsible contract, its cover is limited within the equipment's cap.",
  },
  aide_auditive_classe_i: {
    label: 'Class I hearing aid (100 % Santé)',
    description: 'Hearing aid of the 100 % Santé basket, per ear: no out-of-pocket within the PLV in a responsible contract.',
  },
  aide_auditive_classe_ii: {
    label: 'Class II hearing aid',
    description: 'Hearing aid at a free price, per ear. In a responsible contract, the cover is capped (Sécu included).',
  },
  aide_auditive_accessoires: {
    label: 'Batteries, accessories and maintenance of hearing aids',
    description:
      "Batteries, ear tips, receivers and the maintenance or repair of a hearing aid, at the LPP tariff, reimbursed at 60 %: a line apart from the hearing aids themselves, without the responsible contract's cap nor its 4-year renewal.",
  },
  autres_actes_rembourses: {
    label: 'Other acts the Sécu reimburses',
    description:
      'The catch-all line of the acts the Sécu reimburses that the grid does not list: an act with a BR and a rate, without a line of its own nor of its category, is paid by this line (with its own BR). A responsible contract covers its TM (co-payment): « autres actes rembourses 100 % BR ». Previews: the BR of a specialist consultation.',
  },
  participation_forfaitaire: {
    label: 'Participation forfaitaire and medical franchises',
    description: "The participation forfaitaire (2 €) and the franchises withheld from the Sécu's payments. A responsible contract does not pay them back.",
  },
  majoration_hors_parcours: {
    label: 'Surcharge outside the care pathway',
    description:
      'The TM surcharge outside the coordinated care pathway and the authorised extra fees that come with it. A responsible contract does not cover them.',
  },
  osteopathie: { label: 'Osteopathy', description: 'Osteopathy session: outside the nomenclature, the Sécu pays nothing.' },
  chiropraxie: { label: 'Chiropractic', description: 'Chiropractic session: outside the nomenclature.' },
  acupuncture: { label: 'Acupuncture (non-contracted)', description: 'Acupuncture session outside the nomenclature.' },
  etiopathie: { label: 'Etiopathy', description: 'Etiopathy session: outside the nomenclature.' },
  dieteticien: { label: 'Dietitian', description: 'Dietitian consultation: outside the nomenclature.' },
  sophrologie: { label: 'Sophrology', description: 'Sophrology session: outside the nomenclature.' },
  podologie: { label: 'Chiropody and podiatry (not reimbursed)', description: 'Chiropody care outside the cases the Sécu pays: outside the nomenclature.' },
  naturopathie: { label: 'Naturopathy', description: 'Naturopathy session: outside the nomenclature.' },
  reflexologie: { label: 'Reflexology', description: 'Reflexology session: outside the nomenclature.' },
  mesotherapie: { label: 'Mesotherapy (not reimbursed)', description: 'Mesotherapy session the Sécu does not pay: outside the nomenclature.' },
  hypnotherapie: { label: 'Hypnotherapy', description: 'Hypnosis session: outside the nomenclature.' },
  microkinesitherapie: { label: 'Microkinesitherapy', description: 'Microkinesitherapy session: outside the nomenclature.' },
  shiatsu: { label: 'Shiatsu', description: 'Shiatsu session: outside the nomenclature.' },
  kinesiologie: { label: 'Kinesiology', description: 'Kinesiology session: outside the nomenclature.' },
  psychomotricite: { label: 'Psychomotor therapy', description: 'Session with a psychomotor therapist in private practice: outside the nomenclature.' },
  ergotherapie: { label: 'Occupational therapy', description: 'Session with an occupational therapist in private practice: outside the nomenclature.' },
  homeopathie: {
    label: 'Homeopathy (not reimbursed)',
    description: "Homeopathic medicines, no longer reimbursed since 1 January 2021: outside the nomenclature, only the grid's allowance pays.",
  },
  psychologue: {
    label: 'Psychologist (outside Mon soutien psy)',
    description:
      'A psychologist session outside the « Mon soutien psy » scheme (or beyond its 12 sessions): outside the nomenclature, the Sécu pays nothing. A psychologist of the scheme is written « mon soutien psy ».',
  },
  medecines_douces: {
    label: 'Alternative medicine',
    description:
      'An allowance shared by practitioners outside the nomenclature (osteopath, chiropractor, naturopath…): the line covers each of them when the grid has no line in its name.',
  },
  vaccins_non_rembourses: { label: 'Vaccines not reimbursed', description: 'Vaccines the Sécu does not pay for.' },
  frais_obseques: {
    label: 'Funeral costs (death allowance)',
    description:
      "An allowance paid at a beneficiary's death for the funeral costs. Not a health expense: no BR, the Sécu pays nothing and the responsible contract's rules do not apply.",
  },
  assistance: {
    label: 'Assistance',
    description:
      "Assistance services (home help after a hospital stay, childcare, remote alarm), provided by an assistance company and not reimbursed: not a health expense, the responsible contract's rules do not apply.",
  },
  allocation_naissance: {
    label: 'Birth or adoption allowance',
    description: "A flat sum paid at a child's birth or adoption, without a care invoice: not a health expense, the responsible contract's rules do not apply.",
  },
};

function opticalB(caseLetter: 'a' | 'b' | 'c' | 'd' | 'e' | 'f', lenses: string): Record<string, { label: string; description: string }> {
  return {
    [`optique_classe_b_${caseLetter}`]: {
      label: `Class B optical equipment, ${lenses}`,
      description: `Glasses outside 100 % Santé (class B), case ${caseLetter}) of article R871-2: ${lenses}. A BR of 0,05 € per unit, 0,15 € per equipment.`,
    },
  };
}

/** The postes (sections of a grid) in English. */
export const POSTE_EN: Readonly<Record<Poste, string>> = {
  Hospitalisation: 'Hospital',
  'Soins courants': 'Routine care',
  Dentaire: 'Dental',
  Optique: 'Optical',
  'Aides auditives': 'Hearing aids',
  Autres: 'Other',
};

/** An act's name in both languages, for the findings' messages (`{ fr, en }`, a message argument). */
export function actNames(act: { id: string; label: string }): { readonly fr: string; readonly en: string } {
  return { fr: act.label, en: ACT_TEXT_EN[act.id]?.label ?? act.label };
}

let byLabel: Map<string, string> | null = null;

/** The English name of the act whose French label is `label` (the label itself for an unknown one). */
export function englishActLabel(label: string): string {
  byLabel ??= new Map(ACTS.map((a) => [a.label, ACT_TEXT_EN[a.id]?.label ?? a.label]));
  return byLabel.get(label) ?? label;
}
