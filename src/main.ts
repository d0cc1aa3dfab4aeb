import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppRouter } from './router'
import { i18n } from './i18n'
import { useLanguageStore } from './stores/language'
import './styles/tokens.css'
import './styles/base.css'

async function start(): Promise<void> {
  const app = createApp(App)
  const pinia = createPinia()
  app.use(pinia).use(i18n).use(createAppRouter())
  await useLanguageStore(pinia).restore()
  app.mount('#app')
}

void start()
