DAY = "1992-01-16"
SENTS = [
 ("The twelve countries of the European Community recognised Croatia and Slovenia as independent states on Wednesday, six months after the two republics declared independence from Yugoslavia.", ["org:EU SUPPORTS HRV", "org:EU SUPPORTS SVN"], []),
 ("Germany, which had pressed its partners to act, recognised the two republics last month.", [], ["DEU SUPPORTS HRV", "DEU SUPPORTS SVN", "DEU MEMBER_OF org:EU"]),
 ("Austria, Switzerland and the Nordic countries followed within hours.", [], []),
 ("Yugoslavia's federal government in Belgrade called the decision a violation of international law.", [], ["YUG CONDEMNS org:EU"]),
 ("Serbia's President Slobodan Milosevic denounced Germany for leading the move.", ["person:slobodan-milosevic LEADS SRB", "person:slobodan-milosevic CONDEMNS DEU"], ["SRB CONDEMNS DEU"]),
]
