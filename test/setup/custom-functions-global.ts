import { makeCustomFunctions } from "../../tools/engine/custom-functions-stub";

/**
 * Excel's CustomFunctions global as the runtime defines it, for tests that call the
 * function layer directly.
 */
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = makeCustomFunctions(() => undefined);
