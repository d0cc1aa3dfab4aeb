// Component tests see every message file, as the app does once the routes that need them have loaded.
import { FEATURES, loadMessages } from '../../src/i18n'

await loadMessages(FEATURES)
