// Imported first by the background entry, so its mark tells the script's load and compile time apart from the
// evaluation of every module after it.
import { markStartup } from './startup-marks';

markStartup('evaluation');
