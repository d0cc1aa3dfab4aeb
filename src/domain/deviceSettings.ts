/**
 * Settings that describe this device, not the patient's diary: whether this browser was asked to
 * protect the storage, when this device last made a backup, and a "not now" given to its reminder.
 * A backup leaves them out, and a restore never takes them from a file (older files hold them) nor
 * removes them: on a new phone, a restored `persistenceAsked` would stop the app from ever asking
 * that phone to protect the data, and a restored "last backup" would describe another device.
 */
export const DEVICE_SETTING_KEYS: readonly string[] = ['backupReminderSnoozedUntil', 'lastBackup', 'persistenceAsked']

export const isDeviceSetting = (key: string): boolean => DEVICE_SETTING_KEYS.includes(key)
