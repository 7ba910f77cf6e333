DAY = "1990-09-15"
SENTS = [
 ("Iran and Iraq restored diplomatic relations this week, two years after their eight-year war ended, and Baghdad began pulling its troops out of the Iranian territory it still held.", ["IRQ DEPLOYS_TROOPS IRN"], []),
 ("Syria has sent about 4,000 soldiers to Saudi Arabia to join the multinational force, and Egypt has some 5,000 there already.", ["SYR DEPLOYS_TROOPS SAU"], ["EGY DEPLOYS_TROOPS SAU"]),
 ("President Hafez al-Assad, long Saddam Hussein's bitter rival, called Iraq's seizure of Kuwait a crime against the whole Arab nation.", ["person:hafez-al-assad CONDEMNS IRQ"], ["person:hafez-al-assad LEADS SYR", "IRQ ATTACKS KWT"]),
 ("Japan pledged another $1 billion on Friday toward the cost of the Gulf deployment and $2 billion in aid for Egypt, Turkey and Jordan.", [], ["JPN SUPPORTS EGY", "JPN SUPPORTS TUR", "JPN SUPPORTS JOR"]),
]
