var available = false;
var name = "";
