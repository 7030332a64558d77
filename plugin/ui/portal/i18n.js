// The page's own words in en, es and de. The policy's sentences (reasons, steps, shipping) come
// translated from the API (Accept-Language); only the page's labels live here.
const WORDS = {
  en: {
    taxIncluded: "including {amount} tax", yourItems: "What you are returning", quotedRefund: "Your refund, as quoted", awaitingApproval: "Don't send anything yet: the instructions and your return slip appear here once your return is approved.",
    cancelItems: "Cancel items", cancelItemsConfirm: "Cancel these items of order {name}? This can't be undone.", cancelWhich: "Items to cancel", cancelPickOne: "Choose at least one item to cancel.", itemsCancelled: "The items you chose are cancelled. The rest of your order will ship.",
    each: "{price} each",
    language: "Language", returns: "Returns", policy: "Return policy", contact: "Contact us",
    findTitle: "Find your order", findHelp: "Enter your order number and the email address you used when you ordered.",
    orderNumber: "Order number", email: "Email address", find: "Find order", notFound: "We could not find an order with that number and email address. Check both and try again.",
    yourOrders: "Your orders", noOrders: "You have no orders with us yet.", signedInAs: "Signed in as {email}",
    order: "Order {name}", placed: "Placed {date}", back: "Back", items: "Items", qty: "Qty {n}",
    returnable: "You can return {n} until {date}.", returnableNoDate: "You can return up to {n}.", notReturnable: "Can't be returned", onlyIfFaulty: "Only if faulty",
    faultOverride: "If it arrived damaged, defective or wrong, you can still send it back: choose that as the reason.", wholeSet: "This item is part of a set that returns whole: choose every piece of the set.",
    returnThis: "Return this item", quantity: "Quantity", reason: "Reason", condition: "I confirm the item is", photos: "Photos", addPhotos: "Add photos",
    photosHelp: "JPEG, PNG or WebP, up to 8 MB each. Required for damaged or defective items.", uploading: "Uploading…", removePhoto: "Remove photo {n}",
    note: "Note (optional)", noteRequired: "Note (required for this reason)", photosRequired: "Photos (required for this reason)",
    suggestedReasons: "Suggested for this item", otherReasons: "Other reasons", resolution: "What would you like?", shippingMethod: "How will you send it back?", proof: "Proof of purchase (optional)",
    proofHelp: "Invoice or receipt number, if your store asks for one.",
    quote: "Your refund", quoteEmpty: "Choose an item to see what you get back.", quoting: "Calculating…", loading: "Loading…", total: "Total refund",
    quoteValue: "What your return is worth", totalValue: "Total value", youGet: "What you get",
    returnBy: "Request by", shipBy: "Ship by", refundBy: "Money back", refundRange: "between {from} and {to}",
    notAllowed: "This return can't be requested as chosen:", submit: "Request return", submitting: "Sending…",
    cancelOrder: "Cancel order", cancelConfirm: "Cancel order {name}? This can't be undone.", keepOrder: "Keep order", cancelled: "Your order is cancelled.",
    cancelHeld: "Thanks, we received your request. We will be in touch by email.",
    yourReturns: "Your returns on this order", view: "View",
    returnTitle: "Return {name}", status: "Status", nextStep: "Next step", timeline: "Timeline", requested: "Requested", approved: "Approved",
    received: "Received", closed: "Completed", instructions: "How to send it back", include: "Put in the parcel",
    slip: "Return slip", printSlip: "Print return slip", slipHelp: "Print this slip and put it in the parcel.", returnAddress: "Return address", label: "Open your return label",
    withdraw: "Withdraw request", withdrawConfirm: "Withdraw this return request?", withdrawn: "Your return request is withdrawn.",
    confirmation: "Thanks, we have your return request.", photoCount: "{n} photos",
    loadError: "This page could not load.", retry: "Try again", dismiss: "Dismiss", close: "Close", signOut: "Find another order",
    unknownShop: "This returns page does not exist. Check the link from the store.", skip: "Skip to content",
    resolutions: { REFUND: "Refund", EXCHANGE: "Exchange", REPLACEMENT: "Replacement", STORE_CREDIT: "Store credit" },
    yourOptions: "Your options", exchangeFor: "Exchange for", noVariants: "Nothing is in stock to exchange this item for right now.",
    inStock: "{n} in stock", payMore: "you pay {amount} more", refundRest: "{amount} back", chooseVariant: "Choose what you'd like instead.",
    credit: "Store credit", bonus: "includes a {amount} bonus", expires: "usable until {date}",
    methods: { CUSTOMER_SHIPPED: "I'll ship it myself", PREPAID_LABEL: "Prepaid return label" },
    statuses: { REQUESTED: "Requested", ON_HOLD: "Requested", OPEN: "Approved", RECEIVED: "Received", DECLINED: "Declined", CLOSED: "Completed", CANCELED: "Withdrawn" },
    conditions: { UNUSED: "Unused", NOT_WORN: "Not worn", NOT_WASHED: "Not washed", NOT_IRONED: "Not ironed", NOT_STAINED: "Not stained", NOT_ALTERED: "Not altered",
      ORIGINAL_CONDITION: "In original condition", TAGS_ATTACHED: "Tags attached", ORIGINAL_PACKAGING: "In original packaging", ACCESSORIES_INCLUDED: "With all accessories", MANUALS_INCLUDED: "With manuals" },
  },
  es: {
    taxIncluded: "impuestos incluidos: {amount}", yourItems: "Lo que devuelves", quotedRefund: "Tu reembolso, según el presupuesto", awaitingApproval: "No envíes nada todavía: las instrucciones y tu hoja de devolución aparecerán aquí cuando se apruebe tu devolución.",
    cancelItems: "Cancelar artículos", cancelItemsConfirm: "¿Cancelar estos artículos del pedido {name}? No se puede deshacer.", cancelWhich: "Artículos que cancelar", cancelPickOne: "Elige al menos un artículo que cancelar.", itemsCancelled: "Los artículos que elegiste están cancelados. El resto de tu pedido se enviará.",
    each: "{price} c/u",
    language: "Idioma", returns: "Devoluciones", policy: "Política de devoluciones", contact: "Contáctanos",
    findTitle: "Encuentra tu pedido", findHelp: "Escribe tu número de pedido y el email que usaste al comprar.",
    orderNumber: "Número de pedido", email: "Email", find: "Buscar pedido", notFound: "No encontramos ningún pedido con ese número y email. Revisa ambos e inténtalo de nuevo.",
    yourOrders: "Tus pedidos", noOrders: "Aún no tienes pedidos con nosotros.", signedInAs: "Sesión iniciada como {email}",
    order: "Pedido {name}", placed: "Realizado el {date}", back: "Volver", items: "Artículos", qty: "Cant. {n}",
    returnable: "Puedes devolver {n} hasta el {date}.", returnableNoDate: "Puedes devolver hasta {n}.", notReturnable: "No se puede devolver", onlyIfFaulty: "Solo si llegó con fallos",
    faultOverride: "Si llegó dañado, defectuoso o equivocado, aún puedes devolverlo: elige ese motivo.", wholeSet: "Este artículo forma parte de un conjunto que se devuelve completo: elige todas sus piezas.",
    returnThis: "Devolver este artículo", quantity: "Cantidad", reason: "Motivo", condition: "Confirmo que el artículo está", photos: "Fotos", addPhotos: "Añadir fotos",
    photosHelp: "JPEG, PNG o WebP, hasta 8 MB cada una. Obligatorias para artículos dañados o defectuosos.", uploading: "Subiendo…", removePhoto: "Quitar foto {n}",
    note: "Nota (opcional)", noteRequired: "Nota (obligatoria para este motivo)", photosRequired: "Fotos (obligatorias para este motivo)",
    suggestedReasons: "Sugeridos para este artículo", otherReasons: "Otros motivos", resolution: "¿Qué prefieres?", shippingMethod: "¿Cómo lo enviarás?", proof: "Comprobante de compra (opcional)",
    proofHelp: "Número de factura o recibo, si la tienda lo pide.",
    quote: "Tu reembolso", quoteEmpty: "Elige un artículo para ver lo que recibes.", quoting: "Calculando…", loading: "Cargando…", total: "Reembolso total",
    quoteValue: "Lo que vale tu devolución", totalValue: "Valor total", youGet: "Lo que recibes",
    returnBy: "Solicitar antes del", shipBy: "Enviar antes del", refundBy: "Recibirás el dinero", refundRange: "entre el {from} y el {to}",
    notAllowed: "Esta devolución no se puede solicitar así:", submit: "Solicitar devolución", submitting: "Enviando…",
    cancelOrder: "Cancelar pedido", cancelConfirm: "¿Cancelar el pedido {name}? No se puede deshacer.", keepOrder: "Mantener pedido", cancelled: "Tu pedido está cancelado.",
    cancelHeld: "Gracias, hemos recibido tu solicitud. Te escribiremos por email.",
    yourReturns: "Tus devoluciones de este pedido", view: "Ver",
    returnTitle: "Devolución {name}", status: "Estado", nextStep: "Siguiente paso", timeline: "Historial", requested: "Solicitada", approved: "Aprobada",
    received: "Recibida", closed: "Completada", instructions: "Cómo enviarlo", include: "Incluye en el paquete",
    slip: "Hoja de devolución", printSlip: "Imprimir hoja de devolución", slipHelp: "Imprime esta hoja y ponla dentro del paquete.", returnAddress: "Dirección de devolución", label: "Abrir tu etiqueta de devolución",
    withdraw: "Retirar solicitud", withdrawConfirm: "¿Retirar esta solicitud de devolución?", withdrawn: "Tu solicitud de devolución está retirada.",
    confirmation: "Gracias, hemos recibido tu solicitud de devolución.", photoCount: "{n} fotos",
    loadError: "No se pudo cargar esta página.", retry: "Reintentar", dismiss: "Cerrar", close: "Cerrar", signOut: "Buscar otro pedido",
    unknownShop: "Esta página de devoluciones no existe. Revisa el enlace de la tienda.", skip: "Ir al contenido",
    yourOptions: "Tus opciones", exchangeFor: "Cambiar por", noVariants: "Ahora no hay nada en stock por lo que cambiar este artículo.",
    inStock: "{n} en stock", payMore: "pagas {amount} más", refundRest: "te devolvemos {amount}", chooseVariant: "Elige qué quieres a cambio.",
    credit: "Crédito en tienda", bonus: "incluye un bono de {amount}", expires: "válido hasta el {date}",
    resolutions: { REFUND: "Reembolso", EXCHANGE: "Cambio", REPLACEMENT: "Reposición", STORE_CREDIT: "Crédito en tienda" },
    methods: { CUSTOMER_SHIPPED: "Lo envío yo", PREPAID_LABEL: "Etiqueta de devolución prepagada" },
    statuses: { REQUESTED: "Solicitada", ON_HOLD: "Solicitada", OPEN: "Aprobada", RECEIVED: "Recibida", DECLINED: "Rechazada", CLOSED: "Completada", CANCELED: "Retirada" },
    conditions: { UNUSED: "Sin usar", NOT_WORN: "Sin llevar puesto", NOT_WASHED: "Sin lavar", NOT_IRONED: "Sin planchar", NOT_STAINED: "Sin manchas", NOT_ALTERED: "Sin modificar",
      ORIGINAL_CONDITION: "En su estado original", TAGS_ATTACHED: "Con etiquetas", ORIGINAL_PACKAGING: "En su embalaje original", ACCESSORIES_INCLUDED: "Con todos los accesorios", MANUALS_INCLUDED: "Con manuales" },
  },
  de: {
    taxIncluded: "inklusive {amount} Steuern", yourItems: "Was du zurücksendest", quotedRefund: "Deine Erstattung laut Angebot", awaitingApproval: "Bitte noch nichts zurücksenden: Anleitung und Rücksendeschein erscheinen hier, sobald deine Rücksendung genehmigt ist.",
    cancelItems: "Artikel stornieren", cancelItemsConfirm: "Diese Artikel der Bestellung {name} stornieren? Das kann nicht rückgängig gemacht werden.", cancelWhich: "Zu stornierende Artikel", cancelPickOne: "Wähle mindestens einen Artikel zum Stornieren.", itemsCancelled: "Die gewählten Artikel sind storniert. Der Rest deiner Bestellung wird versandt.",
    each: "je {price}",
    language: "Sprache", returns: "Rücksendungen", policy: "Rückgaberichtlinie", contact: "Kontakt",
    findTitle: "Bestellung finden", findHelp: "Gib deine Bestellnummer und die E-Mail-Adresse ein, mit der du bestellt hast.",
    orderNumber: "Bestellnummer", email: "E-Mail-Adresse", find: "Bestellung finden", notFound: "Wir haben keine Bestellung mit dieser Nummer und E-Mail-Adresse gefunden. Prüfe beides und versuche es erneut.",
    yourOrders: "Deine Bestellungen", noOrders: "Du hast noch keine Bestellungen bei uns.", signedInAs: "Angemeldet als {email}",
    order: "Bestellung {name}", placed: "Bestellt am {date}", back: "Zurück", items: "Artikel", qty: "Menge {n}",
    returnable: "Du kannst {n} bis zum {date} zurückgeben.", returnableNoDate: "Du kannst bis zu {n} zurückgeben.", notReturnable: "Nicht rückgabefähig", onlyIfFaulty: "Nur bei Mängeln",
    faultOverride: "Kam der Artikel beschädigt, defekt oder falsch an, kannst du ihn trotzdem zurücksenden: wähle diesen Grund.", wholeSet: "Dieser Artikel gehört zu einem Set, das nur vollständig zurückgeht: wähle alle Teile.",
    returnThis: "Diesen Artikel zurückgeben", quantity: "Menge", reason: "Grund", condition: "Ich bestätige, der Artikel ist", photos: "Fotos", addPhotos: "Fotos hinzufügen",
    photosHelp: "JPEG, PNG oder WebP, je bis 8 MB. Pflicht bei beschädigten oder defekten Artikeln.", uploading: "Wird hochgeladen…", removePhoto: "Foto {n} entfernen",
    note: "Notiz (optional)", noteRequired: "Notiz (für diesen Grund erforderlich)", photosRequired: "Fotos (für diesen Grund erforderlich)",
    suggestedReasons: "Passend zu diesem Artikel", otherReasons: "Weitere Gründe", resolution: "Was möchtest du?", shippingMethod: "Wie sendest du es zurück?", proof: "Kaufnachweis (optional)",
    proofHelp: "Rechnungs- oder Belegnummer, falls der Shop sie verlangt.",
    quote: "Deine Erstattung", quoteEmpty: "Wähle einen Artikel, um zu sehen, was du zurückbekommst.", quoting: "Wird berechnet…", loading: "Wird geladen…", total: "Erstattung gesamt",
    quoteValue: "Was deine Rücksendung wert ist", totalValue: "Gesamtwert", youGet: "Was du bekommst",
    returnBy: "Anfragen bis", shipBy: "Versenden bis", refundBy: "Geld zurück", refundRange: "zwischen {from} und {to}",
    notAllowed: "So kann die Rücksendung nicht beantragt werden:", submit: "Rücksendung beantragen", submitting: "Wird gesendet…",
    cancelOrder: "Bestellung stornieren", cancelConfirm: "Bestellung {name} stornieren? Das kann nicht rückgängig gemacht werden.", keepOrder: "Bestellung behalten", cancelled: "Deine Bestellung ist storniert.",
    cancelHeld: "Danke, wir haben deine Anfrage erhalten. Wir melden uns per E-Mail.",
    yourReturns: "Deine Rücksendungen zu dieser Bestellung", view: "Ansehen",
    returnTitle: "Rücksendung {name}", status: "Status", nextStep: "Nächster Schritt", timeline: "Verlauf", requested: "Beantragt", approved: "Genehmigt",
    received: "Eingegangen", closed: "Abgeschlossen", instructions: "So sendest du es zurück", include: "Ins Paket legen",
    slip: "Rücksendeschein", printSlip: "Rücksendeschein drucken", slipHelp: "Drucke diesen Schein aus und lege ihn ins Paket.", returnAddress: "Rücksendeadresse", label: "Rücksendeetikett öffnen",
    withdraw: "Anfrage zurückziehen", withdrawConfirm: "Diese Rücksendeanfrage zurückziehen?", withdrawn: "Deine Rücksendeanfrage ist zurückgezogen.",
    confirmation: "Danke, wir haben deine Rücksendeanfrage erhalten.", photoCount: "{n} Fotos",
    loadError: "Diese Seite konnte nicht geladen werden.", retry: "Erneut versuchen", dismiss: "Schließen", close: "Schließen", signOut: "Andere Bestellung suchen",
    unknownShop: "Diese Rücksendeseite gibt es nicht. Prüfe den Link des Shops.", skip: "Zum Inhalt springen",
    yourOptions: "Deine Möglichkeiten", exchangeFor: "Umtauschen gegen", noVariants: "Gerade ist nichts auf Lager, gegen das du diesen Artikel tauschen kannst.",
    inStock: "{n} auf Lager", payMore: "du zahlst {amount} mehr", refundRest: "{amount} zurück", chooseVariant: "Wähle, was du stattdessen möchtest.",
    credit: "Guthaben", bonus: "inklusive {amount} Bonus", expires: "einlösbar bis {date}",
    resolutions: { REFUND: "Erstattung", EXCHANGE: "Umtausch", REPLACEMENT: "Ersatz", STORE_CREDIT: "Guthaben" },
    methods: { CUSTOMER_SHIPPED: "Ich versende selbst", PREPAID_LABEL: "Vorfrankiertes Rücksendeetikett" },
    statuses: { REQUESTED: "Beantragt", ON_HOLD: "Beantragt", OPEN: "Genehmigt", RECEIVED: "Eingegangen", DECLINED: "Abgelehnt", CLOSED: "Abgeschlossen", CANCELED: "Zurückgezogen" },
    conditions: { UNUSED: "Unbenutzt", NOT_WORN: "Ungetragen", NOT_WASHED: "Ungewaschen", NOT_IRONED: "Ungebügelt", NOT_STAINED: "Ohne Flecken", NOT_ALTERED: "Unverändert",
      ORIGINAL_CONDITION: "Im Originalzustand", TAGS_ATTACHED: "Mit Etiketten", ORIGINAL_PACKAGING: "In Originalverpackung", ACCESSORIES_INCLUDED: "Mit allem Zubehör", MANUALS_INCLUDED: "Mit Anleitungen" },
  },
};

export const LANGUAGES = [["en", "English"], ["es", "Español"], ["de", "Deutsch"]];

/** The language to start in: ?lang=, the last choice, then the browser's, else English. */
export function initialLanguage() {
  const pick = (value) => (value || "").toLowerCase().slice(0, 2);
  const candidates = [new URLSearchParams(location.search).get("lang"), safeStorage("recourse-portal-lang"), ...(navigator.languages || [navigator.language])];
  for (const c of candidates) if (WORDS[pick(c)]) return pick(c);
  return "en";
}

export function safeStorage(key, value) {
  try {
    if (value === undefined) return localStorage.getItem(key);
    localStorage.setItem(key, value);
  } catch (_) { /* storage blocked in a third-party iframe: the choice lasts for this page only */ }
  return null;
}

/** t(lang)("returnable", {n: 2, date: "…"}) and t(lang).group("conditions", "UNUSED"). */
export function translator(lang) {
  const words = WORDS[lang] || WORDS.en;
  const t = (key, values = {}) => String(words[key] ?? WORDS.en[key] ?? key).replace(/\{(\w+)\}/g, (_, k) => values[k] ?? "");
  t.group = (group, code) => words[group]?.[code] ?? WORDS.en[group]?.[code] ?? code;
  t.lang = lang;
  return t;
}

export const CONDITIONS = Object.keys(WORDS.en.conditions);
