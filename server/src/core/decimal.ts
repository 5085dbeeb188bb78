/**
 * decimal.js as the core uses it: every core module imports `Decimal` from here, so the precision
 * is set before any amount is computed, whichever front end loads the core. decimal.js's default
 * of 20 significant digits would round amounts the language accepts (see `ENGINE_PRECISION`).
 */
import Decimal from 'decimal.js';
import { ENGINE_PRECISION } from './syntax/limits';

Decimal.set({ precision: ENGINE_PRECISION });

export default Decimal;
